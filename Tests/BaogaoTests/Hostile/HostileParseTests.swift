import BaogaoHTML
import XCTest

/// libxml2 behind ``HTMLParser`` on input no page should have.
final class HostileParseTests: XCTestCase {
    func testEmptyInputIsNoDocumentWithOrWithoutXPathRules() {
        // Fuzzer finding: with XPath rules, empty input trapped on a nil `baseAddress`.
        for options in [HTMLParseOptions(), HTMLParseOptions(dropXPaths: ["//nav"], keepXPaths: ["//article"])] {
            XCTAssertThrowsError(try HTMLParser.parse(utf8: [], options: options)) { error in
                XCTAssertEqual(error as? HTMLParseError, .noDocument)
            }
        }
    }

    func testFiftyThousandNestedElementsParseWithoutExhaustingTheStack() throws {
        let html = String(repeating: "<div>", count: 50_000) + "<p>正文</p>" + String(repeating: "</div>", count: 50_000)
        for options in [HTMLParseOptions(), HTMLParseOptions(dropXPaths: ["//nav"])] {
            let tree = try HTMLParser.parse(utf8: Array(html.utf8), options: options)
            XCTAssertGreaterThan(tree.nodes.count, 0)
        }
    }
}
