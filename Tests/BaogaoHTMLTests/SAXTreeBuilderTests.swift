import Foundation
import XCTest
@testable import BaogaoHTML

/// The SAX path must build exactly the tree the DOM walk builds, except that it goes on after a
/// stray `</html>` where libxml2's DOM stops: the DOM's nodes are then a prefix of the SAX tree's,
/// and only the root's extent differs; and the SAX path reads the page with stand-ins, which
/// shortens blank runs (text is compared with each run of white space as one space).
final class SAXTreeBuilderTests: XCTestCase {
    /// An XPath rule that matches nothing forces the DOM path.
    private let domOptions = HTMLParseOptions(dropXPaths: ["//no-such-element"])

    private func assertSameTrees(_ html: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let sax = try? HTMLParser.parse(utf8: html)
        let dom = try? HTMLParser.parse(utf8: html, options: domOptions)
        func text(_ tree: HTMLTree, _ index: Int) -> String {
            let node = tree.nodes[index]
            return String(decoding: HTMLTree.foldingBlankRuns(tree.text[Int(node.textStart)..<Int(node.textEnd)]), as: UTF8.self)
        }
        func describe(_ tree: HTMLTree, _ index: Int) -> String {
            let node = tree.nodes[index]
            return node.isText ? "text '\(tree.string(of: index).prefix(40))'" : "<\(node.tag)> parent \(node.parent) end \(node.subtreeEnd)"
        }
        guard let sax, let dom else {
            XCTAssertEqual(sax == nil, dom == nil, "\(name): one path failed", file: file, line: line)
            return
        }
        if sax.nodes.count > dom.nodes.count && Int(sax.nodes[0].subtreeEnd) == sax.nodes.count
            && (dom.nodes.isEmpty || Int(dom.nodes[0].subtreeEnd) == dom.nodes.count) {
            // Content after the root's end tag: compare the DOM's part only.
        } else if sax.nodes.count != dom.nodes.count {
            let tail = { (tree: HTMLTree) in (max(0, tree.nodes.count - 3)..<tree.nodes.count).map { describe(tree, $0) }.joined(separator: " | ") }
            XCTFail("\(name): node count \(sax.nodes.count) vs \(dom.nodes.count); SAX ends \(tail(sax)); DOM ends \(tail(dom))", file: file, line: line)
        }
        XCTAssertEqual(sax.title, dom.title, "\(name): title", file: file, line: line)
        XCTAssertEqual(Array(sax.labels.prefix(dom.labels.count)), dom.labels, "\(name): labels", file: file, line: line)
        if sax.nodes.count == dom.nodes.count {
            XCTAssertEqual(sax.labels.count, dom.labels.count, "\(name): label count", file: file, line: line)
        }
        XCTAssertEqual(sax.metas.map { "\($0.name)=\($0.content)" }, dom.metas.map { "\($0.name)=\($0.content)" }, "\(name): metas", file: file, line: line)
        for index in 0..<min(sax.nodes.count, dom.nodes.count) {
            let (a, b) = (sax.nodes[index], dom.nodes[index])
            if a.tag != b.tag || a.isText != b.isText || (a.isText && text(sax, index) != text(dom, index)) {
                XCTFail("\(name): node \(index) differs: SAX \(describe(sax, index)) vs DOM \(describe(dom, index)); before: SAX \(index > 0 ? describe(sax, index - 1) : "-") DOM \(index > 0 ? describe(dom, index - 1) : "-")", file: file, line: line)
                return
            }
        }
        for index in 0..<min(sax.nodes.count, dom.nodes.count) {
            let (a, b) = (sax.nodes[index], dom.nodes[index])
            let sameEnd = a.subtreeEnd == b.subtreeEnd || (index == 0 && sax.nodes.count > dom.nodes.count)
            guard a.tag == b.tag, a.isText == b.isText, a.parent == b.parent, sameEnd, a.label == b.label,
                  !a.isText || text(sax, index) == text(dom, index) else {
                XCTFail("\(name): node \(index) differs: \(a) vs \(b)", file: file, line: line)
                return
            }
        }
    }

    func testBothPathsAgreeOnOrdinaryAndBrokenMarkup() {
        let pages = [
            "<html><head><title>标题_网</title><meta name=\"keywords\" content=\"报告\"></head><body><div class=\"a b\" id=\"c\"><p>一&amp;二</p><br><p>三<b>四</b>五</p></div></body></html>",
            "<body><p>未闭合<div>段落<table><tr><td>格</body>",
            "<p>no html or body<script>var x = '<p>';</script><style>p{}</style>after</p>",
            "<html><body><noscript><p>无脚本</p></noscript><svg><text>图</text></svg><template><p>模板</p></template><p>正文</p></body></html>",
            "<HTML><TITLE>大写</TITLE><P>UPPER <A HREF=x>link</A></P></HTML>",
            "text only",
        ]
        for (index, page) in pages.enumerated() { assertSameTrees(Array(page.utf8), "page \(index)") }
    }

    func testTitleBeforeAnyRootElementEndsAtItsEndTag() throws {
        // libxml2's tree builder hangs the following elements under such a title; the SAX path
        // follows the parser's events instead.
        let tree = try HTMLParser.parse(utf8: Array("<TITLE>大写</TITLE><P>UPPER <A HREF=x>link</A></P>".utf8))
        XCTAssertEqual(tree.title, "大写")
        XCTAssertEqual(tree.nodes.indices.filter { tree.nodes[$0].isText }.map { tree.string(of: $0) }, ["UPPER ", "link"])
    }

    func testBothPathsAgreeOnTheSharedCorpus() throws {
        let pages = try SharedCorpus.pages()
        XCTAssertGreaterThan(pages.count, 100)
        for page in pages { assertSameTrees(page.utf8, page.path) }
    }
}
