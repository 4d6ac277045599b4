import Foundation
import XCTest

@testable import Baogao

/// The shared gold set (../shared/entities/dev.jsonl), when present: prints the report and checks the targets.
final class EntityEvaluationDevSetTests: XCTestCase {
    func testDevSetMeetsPrecisionAndRecallTargets() throws {
        let gold = EntityTestSupport.repositoryRoot.appendingPathComponent("../shared/entities/dev.jsonl").standardizedFileURL
        guard FileManager.default.fileExists(atPath: gold.path) else {
            print("skipping: no gold set at \(gold.path)")
            throw XCTSkip("no gold set at \(gold.path)")
        }
        let evaluation = try EntityEvaluation.run(goldFile: gold, extractor: EntityTestSupport.extractor())
        print(evaluation.report)
        for kind in [Entity.Kind.money, .percent, .percentage_point, .quantity, .date] {
            let score = try XCTUnwrap(evaluation.scores[kind])
            XCTAssertGreaterThanOrEqual(score.precision, 0.97, kind.rawValue)
            XCTAssertGreaterThanOrEqual(score.recall, 0.95, kind.rawValue)
        }
        let indicator = try XCTUnwrap(evaluation.scores[.indicator])
        XCTAssertGreaterThanOrEqual(indicator.precision, 0.90)
        XCTAssertGreaterThanOrEqual(indicator.recall, 0.85)
    }
}
