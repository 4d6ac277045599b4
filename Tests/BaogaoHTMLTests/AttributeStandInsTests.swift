import XCTest
@testable import BaogaoHTML

/// The attributes of tags read by libxml2 as one stand-in attribute must come back as the page's
/// attributes, giving the tree the whole page gives.
final class AttributeStandInsTests: XCTestCase {
    /// The page as libxml2 reads it (`0x7F` shown as `#`) and how many tags stand in.
    private func reduced(_ html: String) -> (page: String, count: Int)? {
        Array(html.utf8).withUnsafeBufferPointer { page in
            var standIns: TextStandIns?
            var attributeStandIns: AttributeStandIns? = AttributeStandIns(page: page)
            guard let output = UnreadMarkup.removed(from: page, standIns: &standIns, attributeStandIns: &attributeStandIns) else { return nil }
            let shown = String(decoding: output.map { $0 == AttributeStandIns.marker ? UInt8(ascii: "#") : $0 }, as: UTF8.self)
            return (shown, attributeStandIns?.count ?? 0)
        }
    }

    func testTheAttributesOfATagStandInNumberedInPageOrder() throws {
        let result = try XCTUnwrap(reduced(#"<div class="article-content" id="main" data-x="1"><p style="text-indent:2em">正文</p><br/><span CLASS="share-bar" /></div>"#))
        XCTAssertEqual(result.page, ##"<div b="#0"><p b="#1">正文</p><br/><span b="#2" /></div>"##)
        XCTAssertEqual(result.count, 3)
    }

    func testShortAttributesStayAsTheyAre() throws {
        // A stand-in is no shorter for libxml2 than `class="nav"`: only the other attributes go.
        XCTAssertEqual(try XCTUnwrap(reduced(#"<a class="nav" href="/index.html">首页</a>"#)).page, #"<a class="nav">首页</a>"#)
    }

    func testTagsLibxml2MayReadOtherwiseKeepTheirAttributes() {
        let long = "article-content-main"
        for tag in [
            #"<div class="\#(long)" class="second">"#,        // libxml2 keeps the first of two
            #"<div class="\#(long)" CLASS="second">"#,
            #"<div class="\#(long) &amp; more">"#,             // a reference in the value
            "<div class=\"\(long)\u{1}\">",                    // a control character
            "<div class=\"\(long)\u{FFFE}\">",
            "<div class=\"\(long)\u{FFFF}\">",
            #"<div class="\#(long)" title="a>b">"#,            // an attribute the scan keeps in place
            #"<div class="\#(long)" title=a<b>"#,
        ] {
            XCTAssertEqual(reduced(tag + "正文</div>")?.count ?? 0, 0, tag)
        }
        // Nor on a page with the marker byte.
        XCTAssertNil(reduced("<div class=\"\(long)\">\u{7F}</div>"))
    }

    func testKeptNamesAreFoundInAnyCaseAndNoOthers() {
        for (index, name) in UnreadMarkup.keptNames.enumerated() {
            let text = "\(name)"
            for spelling in [text, text.uppercased(), text.prefix(1).uppercased() + text.dropFirst()] {
                let bytes = Array(spelling.utf8)
                XCTAssertEqual(bytes.withUnsafeBufferPointer { UnreadMarkup.keptIndex($0, 0..<$0.count) }, index, spelling)
            }
        }
        for other in ["href", "src", "title", "ids", "i", "names", "classes", "styled", "hiddenx", "contents", "charsets", "http-equi", "http_equiv", "propertx", "itemprox", "datetime"] {
            let bytes = Array(other.utf8)
            XCTAssertNil(bytes.withUnsafeBufferPointer { UnreadMarkup.keptIndex($0, 0..<$0.count) }, other)
        }
    }

    func testAStandInThatNamesNoTagBreaksTheParse() throws {
        let page = Array(#"<div class="article-content" id="main">正文</div>"#.utf8)
        try page.withUnsafeBufferPointer { buffer in
            var standIns: TextStandIns?
            var attributeStandIns: AttributeStandIns? = AttributeStandIns(page: buffer)
            _ = UnreadMarkup.removed(from: buffer, standIns: &standIns, attributeStandIns: &attributeStandIns)
            let tables = try XCTUnwrap(attributeStandIns)
            for value in ["\u{7F}1", "\u{7F}", "\u{7F}0x", "\u{7F}00000000000000000000001"] {
                let parsed = Array(#"<div b="\#(value)">正文</div>"#.utf8).withUnsafeBufferPointer {
                    SAXTreeBuilder.parse($0, options: HTMLParser.parseOptions, maxNodes: 1000, attributeStandIns: tables)
                }
                XCTAssertNil(parsed, value.debugDescription)
            }
            let parsed = try XCTUnwrap(Array("<div b=\"\u{7F}0\">正文</div>".utf8).withUnsafeBufferPointer {
                SAXTreeBuilder.parse($0, options: HTMLParser.parseOptions, maxNodes: 1000, attributeStandIns: tables)
            })
            XCTAssertEqual(parsed.labels, ["article-content main"])
        }
    }

    private let pages = [
        #"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><meta name="keywords" content="政府工作报告,2023年,全文"><meta property="og:title" content="某县政府工作报告"><title>报告</title></head><body class="page-body"><div id="content-main" class="article"><p>正文</p></div></body></html>"#,
        "<div class=\"nav\tbar\nmain\r\nend\" style=\"DISPLAY : none\"><p>藏</p></div><p hidden ID=\"Paragraph-One\" data-track=\"x\">也藏</p><p style='visibility:hidden;color:red'>隐</p>",
        #"<div class=article-content-main id=x><br class=clear-both-sides/><img class="picture-frame-large" src="a.png"/><input class="search-input-box" value="搜索"></div>"#,
        #"<div class="" id="main-content-area"><span class="c1 c2 c3 c4 c5"  >字</span><a class="link-to-next-page" href="?p=2" >下一页</a></div>"#,
        #"<table class="report-table-main"><tr class="report-row-odd"><td class="report-cell-number">1</td></tr></table><ul class="sidebar-list"><li class="sidebar-item">条</li></ul>"#,
        #"<title>题</title><div class="outer-wrapper-box"><div class="outer-wrapper-box"><p class="paragraph-text-body">嵌套</p></div></div><!-- <div class="commented-out-block"> -->"#,
        #"<body class="first-body-class"><p>一</p><body class="second-body-class"><html class="second-html-class"><p class="after-misplaced-tags">二</p>"#,
        #"<div class="a-very-long-class-name-that-goes-on-and-on-for-quite-a-while-" title="x"><p class=short>短</p></div>"#,
    ]

    func testTreesAreTheSameWithStandIns() throws {
        try StandInComparison.assertStandInsComeBack(onPages: pages, kind: .attributes)
    }

    func testStandInsComeBackOnTheSharedCorpus() throws {
        try StandInComparison.assertStandInsComeBackOnTheSharedCorpus(kind: .attributes)
    }
}
