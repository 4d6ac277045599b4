import Baogao
import Foundation
import XCTest

final class MetadataEvaluationTests: XCTestCase {
    private func extractor() throws -> MetadataExtractor {
        MetadataExtractor(gazetteer: try Gazetteer.project.get())
    }

    private func write(_ lines: [String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("metadata-gold-\(UUID().uuidString).jsonl")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testCountsCorrectFieldsAndListsMismatches() throws {
        let right = #"""
            {"id": "a", "text": "——2021年1月9日在博野县第十六届人民代表大会第五次会议上\n县长 李明华\n各位代表:", "doc": {"region": {"province": "河北省", "prefecture": "保定市", "county": "博野县", "code": "130637"}, "report_date": "2021-01-09", "speaker": {"name": "李明华", "role": "县长"}, "meeting": {"term": 16, "session": 5}}}
            """#
        let wrong = #"""
            {"id": "b", "text": "各位代表:\n全县经济稳中向好。", "doc": {"region": {"province": "河北省", "prefecture": null, "county": null, "code": "130000"}, "report_date": "2021-01-09", "speaker": null, "meeting": null}}
            """#
        let evaluation = try MetadataEvaluation.run(goldFile: try write([right, wrong, ""]), extractor: try extractor())
        XCTAssertEqual(evaluation.total, 2)
        XCTAssertEqual(evaluation.correct[.region], 1)
        XCTAssertEqual(evaluation.correct[.regionCode], 1)
        XCTAssertEqual(evaluation.correct[.reportDate], 1)
        XCTAssertEqual(evaluation.correct[.speaker], 2)
        XCTAssertEqual(evaluation.correct[.meeting], 2)
        XCTAssertTrue(evaluation.report.contains("region code  1/2"), evaluation.report)
        XCTAssertTrue(evaluation.report.contains("b report_date: expected 2021-01-09, got null"), evaluation.report)
    }

    func testMalformedLineIsReportedWithItsNumber() throws {
        let url = try write([#"{"id": "a", "text": "x", "doc": {}}"#, "not json"])
        XCTAssertThrowsError(try MetadataEvaluation.run(goldFile: url, extractor: try extractor())) { error in
            XCTAssertEqual((error as? MetadataEvaluationError)?.line, 2)
        }
    }

    func testSharedDevSetIsExtractedExactly() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let gold = root.deletingLastPathComponent().appendingPathComponent("shared/entities/dev.jsonl")
        guard FileManager.default.fileExists(atPath: gold.path) else {
            print("skipping: \(gold.path) is absent (the shared gold set is not on this machine)")
            throw XCTSkip("\(gold.path) is absent")
        }
        let evaluation = try MetadataEvaluation.run(goldFile: gold, extractor: try extractor())
        print(evaluation.report)
        XCTAssertGreaterThan(evaluation.total, 0)
        for field in MetadataEvaluationField.allCases {
            let correct = evaluation.correct[field] ?? 0
            XCTAssertGreaterThanOrEqual(Double(correct), 0.9 * Double(evaluation.total), "\(field.rawValue)\n\(evaluation.report)")
        }
    }
}
