import XCTest
@testable import Baogao

final class ReportGrouperTests: XCTestCase {
    func testNumberedPagesJoinTheirFirstPage() {
        let groups = ReportGrouper.group(["baogao/huadong/4285_3.html", "baogao/huadong/4285.html", "baogao/huadong/4285_2.html", "baogao/huadong/77.html"])
        XCTAssertEqual(groups.map(\.id), ["baogao/huadong/4285", "baogao/huadong/77"])
        XCTAssertEqual(groups[0].pages.map(\.relativePath), ["baogao/huadong/4285.html", "baogao/huadong/4285_2.html", "baogao/huadong/4285_3.html"])
        XCTAssertEqual(groups[0].pages.map(\.reportID), Array(repeating: "baogao/huadong/4285", count: 3))
        XCTAssertEqual(groups[0].pages.map(\.pageNumber), [1, 2, 3])
    }

    func testSameNameInAnotherFolderIsAnotherReport() {
        XCTAssertEqual(ReportGrouper.group(["a/1.html", "b/1_2.html"]).map(\.id), ["a/1", "b/1"])
    }

    func testYearLikeSuffixIsPartOfTheID() {
        XCTAssertEqual(ReportGrouper.source(for: "x/report_2023.html").reportID, "x/report_2023")
        XCTAssertEqual(ReportGrouper.source(for: "x/report_02.html").reportID, "x/report_02")
        XCTAssertEqual(ReportGrouper.source(for: "x/r_12.shtml").pageNumber, 12)
    }

    func testGroupsAreSortedByUTF8Bytes() {
        XCTAssertEqual(ReportGrouper.group(["b.html", "a/z.html", "B.html"]).map(\.id), ["B", "a/z", "b"])
    }
}
