import XCTest
@testable import BaogaoHTML

final class HTMLParserTests: XCTestCase {
    private func parse(_ html: String, options: HTMLParseOptions = HTMLParseOptions()) throws -> HTMLTree {
        try HTMLParser.parse(utf8: Array(html.utf8), options: options)
    }

    private func texts(_ tree: HTMLTree) -> [String] {
        tree.nodes.indices.filter { tree.nodes[$0].isText }.map { tree.string(of: $0) }
    }

    func testTextNodesComeInDocumentOrderWithEntitiesDecoded() throws {
        let tree = try parse("<html><body><p>政府&amp;工作</p><div>报告<b>全文</b></div></body></html>")
        XCTAssertEqual(texts(tree), ["政府&工作", "报告", "全文"])
    }

    func testScriptStyleAndNoscriptTextIsNotCollected() throws {
        let tree = try parse("<body><script>var a='脚本';</script><style>p{}</style><noscript>无脚本</noscript><p>正文</p></body>")
        XCTAssertEqual(texts(tree), ["正文"])
    }

    func testTitleAndMetasAreRecorded() throws {
        let tree = try parse("<html><head><title>报告标题_某网</title><meta property=\"og:title\" content=\"报告标题\"><meta charset=\"utf-8\"></head><body><p>x</p></body></html>")
        XCTAssertEqual(tree.title, "报告标题_某网")
        XCTAssertEqual(tree.meta("og:title"), "报告标题")
        XCTAssertEqual(tree.meta("charset"), "utf-8")
    }

    func testSubtreeEndAndParentDescribeTheNesting() throws {
        let tree = try parse("<body><div id=\"a\"><p>一</p><p>二</p></div><p>三</p></body>")
        let div = try XCTUnwrap(tree.nodes.firstIndex { $0.tag == .div })
        let inside = tree.nodes.indices.filter { $0 > div && $0 < Int(tree.nodes[div].subtreeEnd) }
        XCTAssertEqual(inside.filter { tree.nodes[$0].isText }.map { tree.string(of: $0) }, ["一", "二"])
        let lastP = try XCTUnwrap(tree.nodes.lastIndex { $0.tag == .p })
        XCTAssertEqual(tree.nodes[Int(tree.nodes[lastP].parent)].tag, .body)
    }

    func testClassAndIDAreLowerCasedLabels() throws {
        let tree = try parse("<body><div class=\"Main Content\" id=\"Zoom\"><p>正文</p></div></body>")
        let div = try XCTUnwrap(tree.nodes.firstIndex { $0.tag == .div })
        XCTAssertEqual(tree.label(of: div), "main content zoom")
    }

    func testXPathRulesMarkMatchingElements() throws {
        let options = HTMLParseOptions(dropXPaths: ["//div[@class='ad']"], keepXPaths: ["//article"])
        let tree = try parse("<body><div class=\"ad\">广告</div><article><p>正文</p></article></body>", options: options)
        let ad = try XCTUnwrap(tree.nodes.firstIndex { $0.tag == .div })
        let article = try XCTUnwrap(tree.nodes.firstIndex { $0.tag == .article })
        XCTAssertEqual(tree.nodes[ad].marks, .drop)
        XCTAssertEqual(tree.nodes[article].marks, .keep)
    }

    func testInvalidXPathIsReportedNotCrashed() {
        XCTAssertFalse(HTMLParser.isValidXPath("//div[@class="))
        XCTAssertTrue(HTMLParser.isValidXPath("//div[@id='x']"))
        XCTAssertThrowsError(try parse("<p>x</p>", options: HTMLParseOptions(dropXPaths: ["//div[@class="])))
    }

    func testDeepNestingDoesNotOverflowTheStack() throws {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "深处" + String(repeating: "</div>", count: depth)
        let tree = try parse(html)
        XCTAssertFalse(tree.nodes.isEmpty)
    }

    func testNodeLimitStopsCollecting() throws {
        let html = "<body>" + String(repeating: "<p>段</p>", count: 5_000) + "</body>"
        let tree = try parse(html, options: HTMLParseOptions(maxNodes: 1_000))
        XCTAssertEqual(tree.nodes.count, 1_000)
    }

    func testBrokenMarkupIsRecovered() throws {
        let tree = try parse("<body><p>未闭合<div>段落<table><tr><td>格</body>")
        XCTAssertEqual(texts(tree), ["未闭合", "段落", "格"])
    }

    func testParsingOnManyThreadsGivesTheSameTrees() throws {
        let html = "<body>" + (0..<200).map { "<p class=\"c\($0)\">第\($0)段</p>" }.joined() + "</body>"
        let expected = try texts(parse(html))
        let results = UnsafeSendableBox<[[String]]>(Array(repeating: [], count: 16))
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            let tree = try? HTMLParser.parse(utf8: Array(html.utf8))
            results.update { $0[index] = tree.map { tree in tree.nodes.indices.filter { tree.nodes[$0].isText }.map { tree.string(of: $0) } } ?? [] }
        }
        for result in results.value { XCTAssertEqual(result, expected) }
    }
}

/// A lock-protected box for collecting results from concurrent test code.
final class UnsafeSendableBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
