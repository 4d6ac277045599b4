import XCTest
@testable import Baogao

final class ReportGroupsTests: XCTestCase {
    func testPagesOfAReportAreFoundWhereOtherPathsSortBetweenThem() {
        // "4285.html" < "42850.html" < "4285_2.html" in byte order: the report's pages are not neighbours.
        let groups = ReportGrouper.group(PagePaths(["r/4285.html", "r/42850.html", "r/4285_2.html", "r/4285_10.html"]).sortedByBytes())
        XCTAssertEqual(groups.map(\.id), ["r/4285", "r/42850"])
        XCTAssertEqual(groups[0].pages.map(\.relativePath), ["r/4285.html", "r/4285_2.html", "r/4285_10.html"])
        XCTAssertEqual(groups[0].pages.map(\.pageNumber), [1, 2, 10])
        XCTAssertEqual(groups.pageCount(at: 0), 3)
        XCTAssertEqual(groups.pageCount(at: 1), 1)
        XCTAssertEqual(groups.id(at: 1), "r/42850")
    }

    func testAReportWithoutItsFirstPageIsNamedByTheOthers() {
        let groups = ReportGrouper.group(["x/7_3.html", "x/7_2.html"])
        XCTAssertEqual(groups.map(\.id), ["x/7"])
        XCTAssertEqual(groups[0].pages.map(\.pageNumber), [2, 3])
    }

    func testTwoFilesForOnePageKeepTheirPathOrder() {
        let groups = ReportGrouper.group(["x/7_2.html", "x/7_2.htm", "x/7.html"])
        XCTAssertEqual(groups[0].pages.map(\.relativePath), ["x/7.html", "x/7_2.htm", "x/7_2.html"])
    }

    func testNoPagesMakeNoReports() {
        XCTAssertTrue(ReportGrouper.group(PagePaths()).isEmpty)
    }
}
