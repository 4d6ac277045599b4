import XCTest
@testable import Baogao

final class PagePathsTests: XCTestCase {
    func testPathsComeBackAsTheyWereAppended() {
        var paths = PagePaths()
        paths.append("报告/华东/4285.html")
        paths.append(folder: "a/b", name: Array("1.htm".utf8))
        paths.append(folder: "", name: Array("top.html".utf8))
        XCTAssertEqual(Array(paths), ["报告/华东/4285.html", "a/b/1.htm", "top.html"])
        XCTAssertEqual(paths.count, 3)
    }

    func testSortedOrdersByUTF8BytesWithAPrefixFirst() {
        let paths: PagePaths = ["b.html", "报告/1.html", "a/z.html", "B.html", "a/z.html5", "a/z.htm", "_.html"]
        XCTAssertEqual(Array(paths.sortedByBytes()), ["B.html", "_.html", "a/z.htm", "a/z.html", "a/z.html5", "b.html", "报告/1.html"])
        XCTAssertEqual(Array(paths.sortedByBytes()), Array(paths).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    func testAnEmptyListSortsToAnEmptyList() {
        XCTAssertTrue(PagePaths().sortedByBytes().isEmpty)
        XCTAssertEqual(PagePaths().sortedByBytes(), [])
    }
}
