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

    func testTheNormaliserFoldsAStitchedReportUnlessEveryPageWasInNFKC() throws {
        let cleaner = PageCleaner(settings: ProjectFiles.defaultPipeline.cleanup)
        let first = "全年地区生产总值增长５．２％，城镇新增就业１．２万人，居民人均可支配收入增长６．１％。"
        let cleaned = try cleaner.run(ProjectFiles.decoded(TestPages.portal(title: "示例县人民政府工作报告", paragraphs: [first] + TestPages.paragraphs)))
        let folded = ReportStitcher().run(("r/1", [cleaned]))
        XCTAssertTrue(folded.paragraphsInNFKC)
        let mixed = ReportStitcher().run(("r/1", [cleaned, page(2, ["增长６．１％。"])]))
        XCTAssertFalse(mixed.paragraphsInNFKC)
        let text = String(decoding: TextNormalizer().run(mixed).textUTF8, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("全年地区生产总值增长5.2%,城镇新增就业1.2万人,"), text)
        XCTAssertTrue(text.hasSuffix("\n增长6.1%。"), text)
        var unmarked = folded
        unmarked.paragraphs = folded.paragraphs
        XCTAssertFalse(unmarked.paragraphsInNFKC)
        XCTAssertEqual(TextNormalizer().run(folded).textUTF8, TextNormalizer().run(unmarked).textUTF8, "skipping NFKC changes nothing")
    }
}
