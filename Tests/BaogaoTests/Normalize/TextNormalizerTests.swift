import XCTest
@testable import Baogao

final class TextNormalizerTests: XCTestCase {
    func testNFKCFoldsFullWidthPunctuationAndDigitsButKeepsChineseStops() {
        XCTAssertEqual(TextNormalizer.normalize("增长６．５％，达到２３０亿元；（一）“示范”。、"), "增长6.5%,达到230亿元;(一)“示范”。、")
    }

    func testWhitespaceRunsBecomeOneSpaceAndEndsAreTrimmed() {
        XCTAssertEqual(TextNormalizer.normalize("\u{3000}\u{3000}各位代表：\n\t现在\u{00A0}\u{00A0}报告。 "), "各位代表: 现在 报告。")
    }

    func testControlAndZeroWidthCharactersAreRemoved() {
        XCTAssertEqual(TextNormalizer.normalize("报\u{200B}告\u{0007}"), "报告")
    }

    func testReportIsJoinedByNewlinesAndEmptyParagraphsDropped() {
        let stitched = StitchedReport(
            id: "r", sources: ["r.html"], title: "（江苏省）某区报告", paragraphs: ["一、回顾", "\u{3000}", "（一）经济。正文。"],
            publishedDate: nil, encoding: "utf-8", warnings: [])
        let report = TextNormalizer().run(stitched)
        XCTAssertEqual(report.title, "(江苏省)某区报告")
        XCTAssertEqual(report.text, "一、回顾\n(一)经济。正文。")
        XCTAssertEqual(report.headings.map(\.start), [0, 5])
    }

    func testHeadingOffsetsCountScalarsAcrossSpacesAndAstralCharacters() {
        let stitched = StitchedReport(
            id: "r", sources: ["r.html"], title: "报告", paragraphs: [" ", "各位  代表😀:", "二、任务", "3.推进"],
            publishedDate: nil, encoding: "utf-8", warnings: [])
        let report = TextNormalizer().run(stitched)
        XCTAssertEqual(report.text, "各位 代表😀:\n二、任务\n3.推进")
        // "各位 代表😀:" is 7 scalars, so the next paragraph starts at 8, the one after at 13.
        XCTAssertEqual(report.headings.map(\.start), [8, 13])
        XCTAssertEqual(report.headings.map(\.title), ["任务", "推进"])
    }
}
