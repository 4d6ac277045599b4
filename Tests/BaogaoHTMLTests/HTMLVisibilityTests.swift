import XCTest
@testable import BaogaoHTML

/// Hidden elements are marked on both parse paths (SAX without XPath rules, the DOM walk with
/// them), and the SAX path keeps what follows a stray `</html>`.
final class HTMLVisibilityTests: XCTestCase {
    private let paths: [(String, HTMLParseOptions)] = [
        ("SAX", HTMLParseOptions()), ("DOM", HTMLParseOptions(dropXPaths: ["//nothing"])),
    ]

    func testHiddenAttributeAndDisplayNoneStyleMarkTheElementHidden() throws {
        let html = """
            <body><div style="DISPLAY : None;color:red">甲</div><p hidden>乙</p><span style="visibility:hidden">丙</span>
            <div style="display:block">丁</div><div class="hidden">戊</div></body>
            """
        for (name, options) in paths {
            let tree = try HTMLParser.parse(utf8: Array(html.utf8), options: options)
            let hidden = tree.nodes.indices.filter { tree.nodes[$0].marks.contains(.hidden) }
            let texts = hidden.map { tree.string(of: $0 + 1) }
            XCTAssertEqual(texts, ["甲", "乙", "丙"], name)
        }
    }

    func testContentAfterAStrayClosingHtmlTagIsKeptBySAX() throws {
        let html = "<html><body><div class=\"header\">页头</div></body></html><div class=\"content\"><p>正文在这里。</p></div>"
        let tree = try HTMLParser.parse(utf8: Array(html.utf8))
        let texts = tree.nodes.indices.filter { tree.nodes[$0].isText }.map { tree.string(of: $0) }
        XCTAssertEqual(texts, ["页头", "正文在这里。"])
        XCTAssertEqual(Int(tree.nodes[0].subtreeEnd), tree.nodes.count)
    }
}
