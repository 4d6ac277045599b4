import XCTest
@testable import Baogao

/// Archive pages in templates the extractor was not tuned on (see ``AdversarialPages``): every
/// report paragraph is kept, in order, the title is exact, and no boilerplate reaches the text.
final class AdversarialTemplateTests: XCTestCase {
    private let cleaner = PageCleaner(settings: ProjectFiles.defaultPipeline.cleanup)

    private func clean(_ html: String, encoding: String = "UTF-8", path: String = "baogao/huadong/9100.html") throws -> CleanPage {
        let bytes = encoding == "UTF-8" ? Array(html.utf8) : LegacyEncoding.encode(html, as: encoding)
        let decoded = try CharsetDecoder().run(RawPage(source: ReportGrouper.source(for: path), bytes: bytes))
        return try cleaner.run(decoded)
    }

    private func assertReportOnly(_ page: CleanPage, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(page.title, AdversarialPages.title, file: file, line: line)
        XCTAssertEqual(page.paragraphs, AdversarialPages.paragraphs.map(CompatibilityFolding.nfkc), file: file, line: line)
        let text = page.paragraphs.joined(separator: "\n")
        for boilerplate in AdversarialPages.boilerplate {
            XCTAssertFalse(text.contains(boilerplate), "'\(boilerplate)' leaked", file: file, line: line)
        }
    }

    func testSidebarBeforeContentDisclaimerInOtherWordsAndBareFooterAreDropped() throws {
        assertReportOnly(try clean(AdversarialPages.sidebarFirst()))
    }

    func testTextSplitAcrossSiblingDivsIsKeptWithoutTheLinklessAdOrUnlabelledComments() throws {
        assertReportOnly(try clean(AdversarialPages.splitAcrossSiblings()))
    }

    func testBrOnlyGBKPageWithoutCharsetKeepsEveryParagraph() throws {
        assertReportOnly(try clean(AdversarialPages.brOnly(), encoding: "GBK"))
    }

    func testBodyInTableCellBesideLongLinkCellsIsChosenAndTitleLosesBothSuffixes() throws {
        assertReportOnly(try clean(AdversarialPages.tableWithLinkCells(), encoding: "GBK"))
    }

    func testSeedBoilerplateStringsInPlainDivsAreDropped() throws {
        assertReportOnly(try clean(AdversarialPages.seedStrings()))
    }

    func testSeedBoilerplateIsDroppedEvenWithoutTheSiteProfile() throws {
        // A path outside baogao/ does not match the seed site's profile by path; its text rules still
        // apply because the page shows the site's strings, and the generic rules catch the rest.
        assertReportOnly(try clean(AdversarialPages.seedStrings(), path: "other/9100.html"))
    }

    func testFormAroundTheWholePageIsNotBoilerplateAndHiddenTextIsDropped() throws {
        let page = try clean(AdversarialPages.formWrapperWithHiddenBlock())
        assertReportOnly(page)
        XCTAssertFalse(page.paragraphs.joined().contains("请升级浏览器"))
    }
}
