import XCTest
@testable import BaogaoHTML

/// Long text runs read by libxml2 as stand-ins must come back as the page's text, giving the tree
/// the whole page gives.
final class TextStandInsTests: XCTestCase {
    /// A run long enough to stand in.
    private let long = "二〇二三年全县地区生产总值增长百分之六点五"

    /// The page as libxml2 reads it (`0x7F` shown as `#`) and the runs standing in, as text.
    private func reduced(_ html: String) -> (page: String, runs: [String])? {
        let utf8 = Array(html.utf8)
        return utf8.withUnsafeBufferPointer { page in
            var standIns: TextStandIns? = TextStandIns(page: page)
            var attributeStandIns: AttributeStandIns?
            guard let output = UnreadMarkup.removed(from: page, standIns: &standIns, attributeStandIns: &attributeStandIns) else { return nil }
            let shown = String(decoding: output.map { $0 == TextStandIns.marker ? UInt8(ascii: "#") : $0 }, as: UTF8.self)
            return (shown, (standIns?.runs ?? []).map { String(decoding: page[$0], as: UTF8.self) })
        }
    }

    func testLongRunsAfterMarkupStandInNumberedInPageOrder() throws {
        let result = try XCTUnwrap(reduced("<p>\(long)</p><!-- c -->\(long)。<br>短句</p>"))
        XCTAssertEqual(result.page, "<p>#0#</p><!-- c -->#1#<br>短句</p>")
        XCTAssertEqual(result.runs, [long, long + "。"])
    }

    func testARunHoldsTheReferencesLibxml2HandsOnAsACharacter() throws {
        let references = "&emsp;&emsp;\(long)&nbsp;&ldquo;&amp;&#12288;&#x3000;&#X4e00;&rdquo;"
        let result = try XCTUnwrap(reduced("<p>\(references)</p>"))
        XCTAssertEqual(result.page, "<p>#0#</p>")
        XCTAssertEqual(result.runs, [references])
    }

    func testARunEndsAtAnyOtherAmpersand() throws {
        // Unknown or upper-case names, no `;`, characters libxml2 drops or refuses, too many digits.
        for other in ["&unknown;", "&NBSP;", "&nbsp", "& ", "&;", "&#;", "&#x;", "&#0;", "&#1;", "&#127;", "&#65534;", "&#xFFFF;",
                      "&#55296;", "&#1114112;", "&#00000065;", "&#12288"] {
            let result = try XCTUnwrap(reduced("<p>\(long)\(other)\(long)</p>"), other)
            XCTAssertEqual(result.page, "<p>#0#\(other)\(long)</p>", other)
            XCTAssertEqual(result.runs, [long], other)
        }
    }

    func testEveryNamedReferenceIsInLibxml2sTable() {
        for name in TextStandIns.namedReferences {
            let result = reduced("<p>\(long)&\(name);</p>")
            XCTAssertEqual(result?.page, "<p>#0#</p>", "&\(name); should stand in")
        }
    }

    func testReferencesComeBackAsTheCharactersLibxml2HandsOn() throws {
        let page = "<p>&emsp;&emsp;\(long)&nbsp;&lt;b&gt;&amp;&quot;&#12288;&#x3000;&#X4e00;&#65;&ldquo;&hellip;&rdquo;</p>"
        let tree = try StandInComparison.assertStandInsComeBack(Array(page.utf8), "references", kind: .text)
        XCTAssertTrue(tree)
        let parsed = try HTMLParser.parse(utf8: Array(page.utf8))
        let text = String(decoding: parsed.text, as: UTF8.self)
        XCTAssertEqual(text, "\u{2003}\u{2003}\(long)\u{A0}<b>&\"\u{3000}\u{3000}一A\u{201C}\u{2026}\u{201D}")
    }

    func testLeavesTextLibxml2ReadsOtherwise() {
        // Blanks alone (libxml2 may drop them as ignorable: they are shortened instead),
        // characters libxml2 drops, a short run, text with no markup before it or no `<` after it.
        let blanks = String(repeating: " \n\t", count: 20)
        XCTAssertEqual(reduced("<div>\(blanks)</div>")?.runs, [])
        XCTAssertNil(reduced("<p>\(long)\u{1}</p>"))
        // At every place in the eight bytes the scan reads at once.
        for offset in 24..<32 {
            let before = String(repeating: "a", count: offset)
            XCTAssertNil(reduced("<p>\(before)\u{FFFF}\(long)</p>"), "U+FFFF after \(offset) bytes")
            XCTAssertNil(reduced("<p>\(before)\u{FFFE}\(long)</p>"), "U+FFFE after \(offset) bytes")
        }
        XCTAssertNil(reduced("<p>短句</p>"))
        XCTAssertNil(reduced("\(long)<p>"))
        XCTAssertNil(reduced("<p>\(long)"))
        // Nor after a `<` that opens no tag (libxml2 reads on in text).
        XCTAssertNil(reduced("<p>a < \(long)</p>"))
    }

    func testBlankTextBetweenMarkupIsShortenedToOneSpace() throws {
        let result = try XCTUnwrap(reduced("<ul>\r\n\t\t<li>一</li>\n    <li>二</li> <li>三</li>\n\n</ul>"))
        XCTAssertEqual(result.page, "<ul> <li>一</li> <li>二</li> <li>三</li> </ul>")
        // Not inside a title, not before an `&`, not 1,000 bytes or more (libxml2 reads those in
        // pieces, and may keep a piece it would drop whole).
        XCTAssertNil(reduced("<title>\n\n题</title>"))
        XCTAssertNil(reduced("<p>\n\n&nbsp;</p>"))
        XCTAssertNil(reduced("<p>\(String(repeating: " ", count: 1_000))</p>"))
        XCTAssertEqual(reduced("<p>\(String(repeating: " ", count: 999))</p>")?.page, "<p> </p>")
    }

    func testTreesWithShortenedBlanksDifferOnlyInTheirBlankRuns() throws {
        let page = "<html>\n  <head>\n    <title>题</title>\n  </head>\n  <body>\n<pre>\n   </pre>\t\t<p>正文</p>\r\n</body>\n</html>\n\n"
        let whole = try HTMLParser.parse(utf8: Array(page.utf8), options: HTMLParseOptions(keepsUnreadMarkup: true))
        XCTAssertTrue(try StandInComparison.assertStandInsComeBack(Array((page + "<p>\(long)</p>").utf8), "blank page", kind: .text))
        let parsed = try HTMLParser.parse(utf8: Array(page.utf8))
        XCTAssertFalse(parsed.isSameTree(as: whole), "blank runs were not shortened")
        XCTAssertTrue(parsed.isSameTree(as: whole, blankRunsFolded: true))
    }

    func testAPlainLinkInsideAListOrBlockStandsInWhole() throws {
        let result = try XCTUnwrap(reduced(
            #"<ul><li><a href="/1.html" target=_blank>首页</a></li><li> <a href=x>新闻</a> | <A HREF=y>报告</A><br><a></a></li></ul>"#))
        XCTAssertEqual(result.page, "<ul>#0#<li> #1# | #2#<br>#3#</li></ul>")
        XCTAssertEqual(result.runs, ["首页", "新闻", "报告", ""])
    }

    func testAListItemHoldingOnlyALinkStandsInWholeInsideAList() throws {
        // Not after an item that did not stand in (its end tag leaves the current element unknown), nor outside a list.
        let result = try XCTUnwrap(reduced(
            "<ul><li><a href=1>一</a></li>\n<LI><A href=2>二</A></LI><li class=on><a href=3>三</a></li><li><a href=4>四</a></li></ul><div><li><a href=5>五</a></li></div>"))
        XCTAssertEqual(result.page, "<ul>#0#\n#1#<li class=on>#2#</li><li>#3#</li></ul><div><li>#4#</li></div>")
        XCTAssertEqual(result.runs, ["一", "二", "三", "四", "五"])
        for item in ["<li><a class=x href=1>一</a></li>", "<li> <a href=1>一</a></li>", "<li><a href=1>一</a> </li>", "<li><a href=1><b>一</b></a></li>"] {
            XCTAssertFalse(reduced("<ol>\(item)</ol>")?.page.hasPrefix("<ol>#0#") ?? false, item)
        }
    }

    func testLinksStayWhereLibxml2ReadsThemOtherwise() {
        // A builder reads the link's class; markup, a reference, a character libxml2 drops or
        // blanks alone in its text; `/>`; no `</a>` right after its text; a title may be open.
        for link in [#"<a class="nav" href=x>新闻</a>"#, "<a href=x><b>新闻</b></a>", "<a href=x>新&amp;闻</a>", "<a href=x>新\u{1}闻</a>",
                     "<a href=x>新\u{FFFF}闻</a>", "<a href=x>  </a>", "<a href=x/>新闻", "<a href=x>新闻</a >", "<a href=x>新闻</b>"] {
            XCTAssertEqual(reduced("<div>\(link)</div>")?.runs ?? [], [], link)
        }
        XCTAssertEqual(reduced("<title>题<div><a href=x>新闻</a></div>")?.runs ?? [], [])
        // Where the current element is not known to be one in which libxml2 reads a link as the
        // stand-in: after an end tag, at the top, in html, head or body, in a link, after a `<hr>`.
        for page in ["<div><span>x</span><a href=x>新闻</a></div>", "<a href=x>新闻</a>", "<html><a href=x>新闻</a>",
                     "<head><a href=x>新闻</a></head>", "<body><a href=x>新闻</a>", "<div><a class=x>一<a href=x>新闻</a></a></div>",
                     "<p><hr><a href=x>新闻</a></p>", "<div><!DOCTYPE html><a href=x>新闻</a></div>"] {
            XCTAssertEqual(reduced(page)?.runs ?? [], [], page)
        }
        // A comment, text, a `<br>` or an `<img>` leave the current element as it was.
        XCTAssertEqual(reduced("<p><!-- c -->文<br/><img src=x><a href=x>新闻</a></p>")?.runs, ["新闻"])
    }

    func testStandInsEndInTheFirstPieceOfTheirCharacterData() throws {
        // libxml2 hands character data on in pieces of 1,000 bytes: a stand-in cut in two would not come back.
        let links = String(repeating: "<a href=x>新闻</a> | ", count: 300)
        let page = "<div>\(links)\(long)</div>"
        let result = try XCTUnwrap(reduced(page))
        XCTAssertGreaterThan(result.runs.count, 100)
        XCTAssertLessThan(result.runs.count, 300)
        XCTAssertTrue(try StandInComparison.assertStandInsComeBack(Array(page.utf8), "300 links", kind: .text))
    }

    func testAPageWithTheMarkerByteHasNoStandIns() {
        XCTAssertNil(reduced("<p>\(long)</p><p>\u{7F}</p>"))
    }

    func testExpansionPutsTheRunsBackAndNoticesBrokenStandIns() {
        let page = Array("<p>\(long)</p><p>\(long)。</p>".utf8)
        page.withUnsafeBufferPointer { buffer in
            var standIns: TextStandIns? = TextStandIns(page: buffer)
            var attributeStandIns: AttributeStandIns?
            _ = UnreadMarkup.removed(from: buffer, standIns: &standIns, attributeStandIns: &attributeStandIns)
            guard var expanding = standIns else { return XCTFail("no stand-ins") }
            var text: [UInt8] = []
            for piece in ["\u{7F}0\u{7F}", "a\u{7F}1\u{7F}b"] {
                Array(piece.utf8).withUnsafeBufferPointer { expanding.expand($0, { text.append(contentsOf: $0) }, link: { _, _ in XCTFail("no links") }) }
            }
            XCTAssertEqual(String(decoding: text, as: UTF8.self), "\(long)a\(long)。b")
            XCTAssertTrue(expanding.isIntact)

            for pieces in [["\u{7F}1\u{7F}", "\u{7F}0\u{7F}"], ["\u{7F}0", "\u{7F}\u{7F}1\u{7F}"], ["\u{7F}0\u{7F}"], ["\u{7F}0\u{7F}\u{7F}1\u{7F}\u{7F}2\u{7F}"]] {
                var broken = standIns!
                for piece in pieces { Array(piece.utf8).withUnsafeBufferPointer { broken.expand($0, { _ in }, link: { _, _ in }) } }
                XCTAssertFalse(broken.isIntact, "\(pieces)")
            }
        }
    }

    private let textPages = [
        "<html><head><title>关于\(String(repeating: "政府工作报告", count: 4))</title></head><body><p>\(String(repeating: "正文", count: 20))</p></body></html>",
        "二〇二三年\(String(repeating: "正文", count: 20))<p>\(String(repeating: "段落", count: 20))</p>\r\n<p>\(String(repeating: "回车换行", count: 9))\r\n\(String(repeating: "第二行", count: 9))</p>",
        "<head>\(String(repeating: "头部文字", count: 9))<meta name=x content=y>\(String(repeating: "头部文字", count: 9))</head><body>正文</body></html>\(String(repeating: "页尾之后", count: 9))<p>末</p>",
        "<table><tr>\(String(repeating: "表格之间", count: 9))<td>\(String(repeating: "单元", count: 20))</td></tr></table><select><option>\(String(repeating: "选项", count: 20))</select><textarea>\(String(repeating: "文本框", count: 9))</textarea>",
        "<ul>  \n  <li>\(String(repeating: "条目", count: 20))&nbsp;\(String(repeating: "之后", count: 20))</li>\n<li>&#x4E00;\(String(repeating: "一二", count: 20))&unknown \(String(repeating: "三四", count: 20))</li></ul>",
        "<html>\n&emsp;\(String(repeating: "根下", count: 12))<head>&nbsp;\(String(repeating: "头部", count: 12))</head><body>\n&#12288;&emsp;\(String(repeating: "缩进", count: 12))<br>&lt;p&gt;\(String(repeating: "尖括号", count: 9))&#60;&#x3E;</body>",
        "<div><script>var s = '\(String(repeating: "脚本", count: 20))';</script>\(String(repeating: "脚本之后", count: 9))<style>p{}</style><p>\(String(repeating: "样式之后", count: 9))</div>",
        "<div class=nav><ul>\n<li><a href=/>首页</a></li>\n<li><a href=/news target=_blank>新闻中心</a> | <a href=/r>政府工作报告</a></li></ul>\r\n<p>相关:<a href=1.html>\(String(repeating: "长链接", count: 9))</a>、<a href=2.html>第二页</a><br>\n<a href=3.html> 第三页 </a></p><td><a href=x>表格</a><a href=y></a></td><font color=red><a href=z>红字</a></font><h3><a href=h>标题</a></h3></div>",
        "<p>\(String(repeating: "x", count: 1500))<b>\(String(repeating: " ", count: 1200))粗\(String(repeating: "体", count: 600))</b>\(String(repeating: "ascii text ", count: 9))</p>",
    ]

    func testTreesAreTheSameWithStandIns() throws {
        try StandInComparison.assertStandInsComeBack(onPages: textPages, kind: .text)
    }

    func testStandInsComeBackOnTheSharedCorpus() throws {
        try StandInComparison.assertStandInsComeBackOnTheSharedCorpus(kind: .text)
    }
}
