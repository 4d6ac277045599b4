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

    func testOnlyAnUnderscoreInTheFileNameBeforeAPageNumberFromTwoMakesAPage() {
        let cases: [(path: String, id: String, page: Int)] = [
            ("报告/华东/4285_2.html", "报告/华东/4285", 2),
            ("报告/华东/第一部分_999.htm", "报告/华东/第一部分", 999),
            ("x/r_1.html", "x/r_1", 1),
            ("x/_2.html", "x/_2", 1),
            ("x_2/r.html", "x_2/r", 1),
            ("x/r_2a.html", "x/r_2a", 1),
            ("x/r_.html", "x/r_", 1),
            ("x/r_2", "x/r", 2),
            ("r_3.html", "r", 3),
        ]
        for (path, id, page) in cases {
            let source = ReportGrouper.source(for: path)
            XCTAssertEqual(source.reportID, id, path)
            XCTAssertEqual(source.pageNumber, page, path)
            XCTAssertEqual(source.relativePath, path)
        }
    }
}
