import Foundation
import XCTest
@testable import BaogaoHTML

/// Removing the markup nothing reads (attributes, script and style bodies) must leave libxml2's
/// reading of the page, and so the tree, exactly as it was.
final class UnreadMarkupTests: XCTestCase {
    private let unreadMarkupKept = HTMLParseOptions(keepsUnreadMarkup: true)

    private func removed(_ html: String) -> String? {
        Array(html.utf8).withUnsafeBufferPointer(UnreadMarkup.removed(from:)).map { String(decoding: $0, as: UTF8.self) }
    }

    func testRemovesUnreadAttributesAndKeepsTheOnesTheBuildersRead() {
        XCTAssertEqual(
            removed(#"<a href="/x" target=_blank class="nav">首页</a><img src='a.png' alt="图"/><td nowrap width=10>"#),
            #"<a class="nav">首页</a><img/><td>"#)
        XCTAssertEqual(
            removed(#"<div ID="main" Style="display:none" data-x="1" hidden onclick="go()">"#),
            #"<div ID="main" Style="display:none" hidden>"#)
        XCTAssertEqual(
            removed(#"<meta http-equiv="Content-Type" content="text/html; charset=gbk" lang="zh"><meta charset="utf-8" x=1>"#),
            #"<meta http-equiv="Content-Type" content="text/html; charset=gbk"><meta charset="utf-8">"#)
    }

    func testReturnsNilWhenNothingIsRemoved() {
        XCTAssertNil(removed(#"<p class="a">正文</p><br/>"#))
        XCTAssertNil(removed("plain text, no tags"))
        XCTAssertNil(removed(""))
    }

    func testEmptiesScriptsAndStylesAndLeavesCommentsAlone() {
        XCTAssertEqual(
            removed(#"<!-- <a href="c"> --><script src="s.js">var a = '<b href="x">';</SCRIPT ><style>p{}</style><a href="y">"#),
            #"<!-- <a href="c"> --><script></SCRIPT ><style></style><a>"#)
        XCTAssertEqual(removed("<!-- a --!><style>p{}</style><!-- b -->"), "<!-- a --!><style></style><!-- b -->")
        // A script that never ends: nothing after its start tag is touched.
        XCTAssertEqual(removed(#"<script src="s">x<a href="y">"#), #"<script>x<a href="y">"#)
        // Nor after a raw text that libxml2 may go on reading (`</stylex` ends it only when some
        // open element is named so).
        XCTAssertEqual(removed(#"<style>p{}</stylex><a href="y">"#), nil)
        // Nor after raw text that opens with `<`: libxml2 takes `</e</script>` for an end tag `e`.
        XCTAssertNil(removed(#"<script></e</script><a href="y">"#))
    }

    func testKeepsScriptBodiesWhileATitleMayBeOpen() {
        XCTAssertEqual(removed("<title>题</title><script>y</script>"), "<title>题</title><script></script>")
        // A script inside a title is the title's text for the tree builder.
        XCTAssertNil(removed("<title>题<script>x</script>"))
        // An element inside the title may keep it open past `</title>`.
        XCTAssertNil(removed("<title>题<div>块</title><script>y</script>"))
        XCTAssertNil(removed("<title>题<script>x</script></title><script>y</script>"))
        XCTAssertNil(removed("<title>题<title>二</title><script>y</script>"))
    }

    func testRemovesTokensLibxml2ReadsNoAttributeNameIn() {
        // libxml2 skips such a token up to the next blank, `>` or `/>` and drops it.
        XCTAssertEqual(removed(#"<div id="rightbtn" 360chrome_form_autofill="2" data-x="1">"#), #"<div id="rightbtn">"#)
        XCTAssertEqual(removed(#"<meta name="description" content="多地" 暗伤"曝露？"=""><p "="" />"#), #"<meta name="description" content="多地"><p />"#)
        // Not one holding a `<`, where a tag may start.
        XCTAssertEqual(removed(#"<a href="1"><b 1<i href="4">"#), #"<a><b 1<i href="4">"#)
    }

    func testLeavesTheRestOfThePageAloneFromTheFirstIrregularTag() {
        // Attributes without white space between them, an unfinished quote, a stray slash:
        // libxml2 recovers from each in its own way.
        XCTAssertEqual(removed(#"<a href="1"><b x="2"y="3"><i href="4">"#), #"<a><b x="2"y="3"><i href="4">"#)
        XCTAssertEqual(removed(#"<a href="1"><b title="open><i href="4">"#), #"<a><b title="open><i href="4">"#)
        XCTAssertEqual(removed(#"<a href="1"><b / x><i href="4">"#), #"<a><b / x><i href="4">"#)
        XCTAssertNil(removed("<a href=\"1\">\u{0}"))
        XCTAssertEqual(removed(#"<a href="1"><_x class="<a href=1>">"#), #"<a><_x class="<a href=1>">"#)
    }

    func testKeepsSpansThatHoldBracketsOrFollowAHyphen() {
        // A `>` inside a quoted value ends no tag for libxml2, but removing it could end a comment
        // libxml2 sees where this scan sees none; a removal after `-` could make a `-->`.
        XCTAssertEqual(removed(#"<a title="a>b" href="x">"#), #"<a title="a>b">"#)
        XCTAssertNil(removed(#"<a class=x- href="x">"#))
        // Without ` nofollow`, the unquoted value would take the `/` and the tag would not close itself.
        XCTAssertEqual(removed(#"<a class=x nofollow/><b class=y data-z="1" nofollow>"#), #"<a class=x nofollow/><b class=y>"#)
    }

    func testParsedTreesAreTheSameWithAndWithoutTheUnreadMarkup() throws {
        for (index, page) in trickyPages.enumerated() {
            try assertSameTree(Array(page.utf8), "page \(index)")
        }
    }

    func testParsedTreesAreTheSameOnMutatedPages() throws {
        // Bytes that change how markup is read, put at random places of the tricky pages.
        // A linear congruential sequence (Knuth's MMIX constants): the same mutations on every run.
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let pieces = ["<", ">", "\"", "'", "-", "--", "<!--", "-->", "</script>", "<script>", "/", "=", " ", "\n", "<a href=x>", "</", "--!>", "<title>", "</stylex>", "<style>", "<!x>", "/>", "</a>", "<li>", "<br>", "&amp;"]
        for round in 0..<2_000 {
            var page = Array(trickyPages[round % trickyPages.count].utf8)
            for _ in 0..<3 {
                let at = Int(next() % UInt64(page.count + 1))
                if next() % 4 == 0 && at < page.count {
                    page.remove(at: at)
                } else {
                    page.insert(contentsOf: pieces[Int(next() % UInt64(pieces.count))].utf8, at: at)
                }
            }
            // The parser is given valid UTF-8 (the decoder sees to it): a cut inside a character is repaired.
            try assertSameTree(Array(String(decoding: page, as: UTF8.self).utf8), "mutation \(round)")
        }
    }

    func testParsedTreesAreTheSameOnTheSharedCorpus() throws {
        let pages = try SharedCorpus.pages()
        XCTAssertGreaterThan(pages.count, 100)
        var changed = 0
        for page in pages {
            if page.utf8.withUnsafeBufferPointer(UnreadMarkup.removed(from:)) != nil { changed += 1 }
            try assertSameTree(page.utf8, page.path)
        }
        // The comparison means something only if most pages lost markup.
        XCTAssertGreaterThan(changed, pages.count / 2)
    }

    private let trickyPages = [
        #"<html><head><meta name="description" content="多地项目" 暗伤"曝露？"=""><title>题</title></head><body><div id="a" 360chrome_form_autofill="2" class="article-body">正文<img alt="传奇" 上头条"干" src="x"/><p "="" class=c>后</p><br 2x/></div></body></html>"#,
        #"<html><head><meta charset="utf-8"><title>题</title><style type="text/css">a[href="x"]{}</style></head><body class="b" onload="f()"><div id="m" data-a='1'><p align=center>一<a href="/1" target=_blank>二</a></p><!-- <p class="c" x="y"> --><br clear=all><img src=x.png alt="图"/></div></body></html>"#,
        #"<body><script type="text/javascript">document.write('<a href="x" class="y">');</script><p style="display:none" title="隐">藏</p><p hidden data-x=1>也藏</p><p>显</p></body>"#,
        #"<div class=a-><span class=b- data-x="1">连字符</span></div><!--- x --><!--> y --><p x=1>后</p>"#,
        #"<table border=1 cellpadding=0><tr bgcolor=#fff><td width="50%" nowrap>格</td></tr></table><o:p lang=en>词</o:p><my-tag data-z="2">自定</my-tag>"#,
        #"<p title='a"b' alt="c'd">引号</p><p title="x>y" href="z">尖括号</p><a HREF=x CLASS=nav>大写</a><textarea name=t rows=3><b x="1">框</b></textarea>"#,
        #"<!----!><p class="--><a e>"#,
        "<script></e</script>\n",
        #"<head><title>一<title>二</title><style>p{}</style><script>s</script></head><body><p>正文</p></body>"#,
        #"<html><head><title>题<style>b</title><link rel="x" href="y"></head><body><p class="q" data-x="1">c</p></style><p title="z">d</p><script>s</script></body></html>"#,
        #"<title>t<div>d</title><script>x</script><p>p</p><style type="a">y</stylex><a href="b">c</a></style>"#,
        #"<div class=nav><ul><li><a href="/">首页</a></li><li> <a href=/n target=_blank>新闻</a> | <a href=/r>报告</a><br><a href=/x></a></li></ul></div><p>正文<a href=1>一</a>、<a href=2>二</a></p>"#,
        #"<a id=x<b\#tohu.com/>自闭</a><a class=u rel=n/>斜杠</a><br class=c clear=all/><?xml x="1"?><!DOCTYPE html PUBLIC "-//W3C//DTD" "a.dtd"><p class=d>末</p>"#,
    ]

    private func assertSameTree(_ html: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let stripped = try? HTMLParser.parse(utf8: html)
        let whole = try? HTMLParser.parse(utf8: html, options: unreadMarkupKept)
        guard let stripped, let whole else {
            XCTAssertEqual(stripped == nil, whole == nil, "\(name): one parse failed", file: file, line: line)
            return
        }
        // The reading with stand-ins shortens blank runs.
        guard !stripped.isSameTree(as: whole, blankRunsFolded: true) else { return }
        let firstDifference = zip(stripped.nodes, whole.nodes).first { $0 != $1 }
        XCTFail("\(name): trees differ (\(stripped.nodes.count) vs \(whole.nodes.count) nodes; first different node \(firstDifference.map { "\($0)" } ?? "none"))",
                file: file, line: line)
    }
}
