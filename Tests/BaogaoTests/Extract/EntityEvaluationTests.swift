import Foundation
import XCTest

@testable import Baogao

/// Scoring against a gold JSONL file written by the test.
final class EntityEvaluationTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("entity-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ lines: [String]) throws -> URL {
        let url = directory.appendingPathComponent("gold.jsonl")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testExactMatchesCountAsTruePositives() throws {
        let line = """
            {"id": "t1", "text": "完成投资12亿元,新建学校3所。", "mentions": [\
            {"type": "money", "surface": "12亿元", "start": 4, "value": 1200000000, "currency": "CNY"},\
            {"type": "quantity", "surface": "3所", "start": 13, "value": 3, "unit": "所"}]}
            """
        let evaluation = try EntityEvaluation.run(goldFile: try write([line]), extractor: EntityTestSupport.extractor())
        XCTAssertEqual(evaluation.scores[.money], EntityEvaluationScore(gold: 1, predicted: 1, truePositives: 1))
        XCTAssertEqual(evaluation.scores[.quantity], EntityEvaluationScore(gold: 1, predicted: 1, truePositives: 1))
        XCTAssertEqual(evaluation.overall.f1, 1)
        XCTAssertEqual(evaluation.errors, [])
    }

    func testWrongValueIsBothMissAndFalseAlarm() throws {
        let line = """
            {"id": "t2", "text": "完成投资12亿元", "mentions": [\
            {"type": "money", "surface": "12亿元", "start": 4, "value": 120000000, "currency": "CNY"}]}
            """
        let evaluation = try EntityEvaluation.run(goldFile: try write([line]), extractor: EntityTestSupport.extractor())
        let money = try XCTUnwrap(evaluation.scores[.money])
        XCTAssertEqual(money.truePositives, 0)
        XCTAssertEqual(money.precision, 0)
        XCTAssertEqual(money.recall, 0)
        XCTAssertEqual(evaluation.errors.count, 2)
        XCTAssertTrue(evaluation.errors[0].hasPrefix("t2 FN money 4"))
    }

    func testExplicitNullUnitMustBeAbsentInPrediction() throws {
        let line = """
            {"id": "t3", "text": "惠及2.6万群众", "mentions": [\
            {"type": "quantity", "surface": "2.6万", "start": 2, "value": 26000, "unit": null}]}
            """
        let evaluation = try EntityEvaluation.run(goldFile: try write([line]), extractor: EntityTestSupport.extractor())
        XCTAssertEqual(evaluation.scores[.quantity]?.truePositives, 1)
    }

    func testReportListsEveryTypeAndOverall() throws {
        let evaluation = try EntityEvaluation.run(
            goldFile: try write([#"{"id": "t4", "text": "增长5%", "mentions": []}"#]),
            extractor: EntityTestSupport.extractor())
        let rows = evaluation.report.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) }
        XCTAssertEqual(rows, ["type"] + Entity.Kind.allCases.map(\.rawValue) + ["overall"])
        XCTAssertEqual(evaluation.scores[.percent]?.precision, 0)
    }

    func testMalformedLineErrorNamesFileAndLine() throws {
        let url = try write([#"{"id": "ok", "text": "", "mentions": []}"#, "{not json"])
        XCTAssertThrowsError(try EntityEvaluation.run(goldFile: url, extractor: EntityTestSupport.extractor())) { error in
            let problem = error as? EntityEvaluationError
            XCTAssertEqual(problem?.file, url.path)
            XCTAssertEqual(problem?.line, 2)
        }
    }

    func testMentionWithoutTypeIsReported() throws {
        let url = try write([#"{"id": "x", "text": "5%", "mentions": [{"surface": "5%", "start": 0, "value": 5}]}"#])
        XCTAssertThrowsError(try EntityEvaluation.run(goldFile: url, extractor: EntityTestSupport.extractor())) { error in
            XCTAssertEqual((error as? EntityEvaluationError)?.reason.contains("mention 1"), true)
        }
    }
}
