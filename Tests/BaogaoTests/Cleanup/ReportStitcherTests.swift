import XCTest
@testable import Baogao

final class ReportStitcherTests: XCTestCase {
    private func page(_ number: Int, _ paragraphs: [String], title: String? = "报告") -> CleanPage {
        CleanPage(
            source: PageSource(relativePath: "r/1\(number == 1 ? "" : "_\(number)").html", reportID: "r/1", pageNumber: number),
            title: title, paragraphs: paragraphs, publishedDate: nil, encoding: "utf-8", warnings: [])
    }

    func testPagesAreJoinedInOrderWithOneTitle() {
        let report = ReportStitcher().run(("r/1", [page(1, ["甲。", "乙。"]), page(2, ["丙。"]), page(3, ["丁。"])]))
        XCTAssertEqual(report.title, "报告")
        XCTAssertEqual(report.paragraphs, ["甲。", "乙。", "丙。", "丁。"])
        XCTAssertEqual(report.sources, ["r/1.html", "r/1_2.html", "r/1_3.html"])
    }

    func testALineOnEveryPageIsTemplateResidueAndDropped() {
        let report = ReportStitcher().run(("r/1", [page(1, ["页眉文字", "甲。"]), page(2, ["页眉文字", "乙。"])]))
        XCTAssertEqual(report.paragraphs, ["甲。", "乙。"])
    }

    func testSinglePageKeepsRepeatedLines() {
        let report = ReportStitcher().run(("r/1", [page(1, ["甲。", "甲。"])]))
        XCTAssertEqual(report.paragraphs, ["甲。", "甲。"])
    }

    func testMixedEncodingsAreReportedAsMixed() {
        var second = page(2, ["乙。"])
        second.encoding = "gb18030"
        XCTAssertEqual(ReportStitcher().run(("r/1", [page(1, ["甲。"]), second])).encoding, "mixed")
    }
}
