import Foundation
import XCTest
@testable import Baogao

/// A report's attempt after an overrun: the phases that ran over are recorded as `timeout`
/// without being run again, and the rest of the report is made as usual.
final class ReportPipelineTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var pipeline: ReportPipeline!
    private let group = ReportGroup(id: "r/7", pages: ["r/7.html", "r/7_2.html"].map(ReportGrouper.source(for:)))

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        try folder.write("r/7.html", TestPages.portal(title: "示例市人民政府工作报告", paragraphs: [TestPages.paragraphs[0]]))
        try folder.write("r/7_2.html", TestPages.portal(title: "示例市人民政府工作报告", paragraphs: [TestPages.paragraphs[1]], page: 2))
        pipeline = try ReportPipeline(config: ProjectFiles.defaultPipeline, inputRoot: folder.path)
    }

    /// XCTest keeps every test case instance until the process ends: release the folders now.
    override func tearDown() {
        pipeline = nil
        folder = nil
        super.tearDown()
    }

    private func attempt(overran: Set<Int>) -> ReportOutcome {
        pipeline.process(group, unlessKey: nil, attempt: WorkAttempt(overran: overran, lane: nil), timeLimit: 60)
    }

    func testAFirstAttemptMakesTheRecordFromEveryPage() throws {
        let outcome = attempt(overran: [])
        XCTAssertEqual(outcome.pages.map { $0.failure?.reason }, [nil, nil])
        XCTAssertEqual(outcome.pagesProcessed, 2)
        XCTAssertNotNil(outcome.line)
    }

    func testAPageThatRanOverIsRecordedAsTimeoutAndTheOthersMakeTheRecord() throws {
        let outcome = attempt(overran: [1])
        XCTAssertEqual(outcome.pages.map { $0.failure?.reason }, [nil, "timeout"])
        XCTAssertEqual(outcome.pages[1].failure?.stage, PageCleaner.name)
        XCTAssertEqual(outcome.pagesProcessed, 1)
        let line = String(decoding: try XCTUnwrap(outcome.line), as: UTF8.self)
        XCTAssertTrue(line.contains("page_failed"), "the record says a page was left out")
    }

    func testLaterStagesThatRanOverLeaveNoRecordAndEveryPageTimedOut() {
        let outcome = attempt(overran: [2])
        XCTAssertNil(outcome.line)
        XCTAssertEqual(outcome.pagesProcessed, 0)
        XCTAssertEqual(outcome.pages.map { $0.failure?.reason }, ["timeout", "timeout"])
        XCTAssertEqual(outcome.pages.map { $0.failure?.stage }, [ReportExtractor.name, ReportExtractor.name])
    }
}
