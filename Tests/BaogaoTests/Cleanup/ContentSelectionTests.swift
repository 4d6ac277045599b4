import XCTest
@testable import Baogao

/// The main element and the per-block decisions on layouts that defeat a plain mass − noise score.
final class ContentSelectionTests: XCTestCase {
    private let cleaner = PageCleaner(settings: ProjectFiles.defaultPipeline.cleanup)
    private let prose = AdversarialPages.paragraphs.filter { $0.count > 20 }

    private func links(_ count: Int) -> String {
        (1...count).map { "<div>·<a href=\"/n/\($0).html\">示例新闻标题第\($0)条，点击阅读详情</a></div>" }.joined()
    }

    func testArticleCellWithLinkListsIsChosenOverALoneParagraphElsewhere() throws {
        // The article's cell also holds long link lists (more link text than prose), while a
        // lone paragraph of the site's sits in a clean table of its own, and a nav bar above.
        let html = """
            <html><head><title>示例报告</title></head><body>
            <div><a href="/">网站首页</a> <a href="/news/">新闻中心</a> <a href="/gov/">政务公开</a> <a href="/ser/">办事服务</a> <a href="/int/">互动交流</a></div>
            <table><tr><td>
            \(prose.map { "<p>\($0)</p>" }.joined())
            <div>相关报道：</div>\(links(20))<div>热点推荐</div>\(links(20))
            </td></tr></table>
            <table><tr><td>示例网站所有内容均由合作方提供，合作方负责其所发布内容的真实性、准确性和合法性，请读者自行判断。</td></tr></table>
            </body></html>
            """
        let analysis = try cleaner.analyse(ProjectFiles.decoded(html, path: "x/1.html"))
        // The chosen element holds the article (it may also take in the lone paragraph: the two
        // are not told apart by structure); without the prose-share rule the lone table won.
        XCTAssertEqual(Array(analysis.decisions.filter(\.kept).map(\.block.text).prefix(prose.count)), prose)
        XCTAssertFalse(analysis.decisions.contains { $0.kept && $0.block.text.contains("点击阅读详情") })
    }

    func testShortLinesAmongLinkListsAreDroppedButShortReportLinesAreKept() throws {
        let html = """
            <html><head><title>示例报告</title></head><body><div>
            <p>各位代表：</p>\(prose.map { "<p>\($0)</p>" }.joined())<p>谢谢大家！</p>
            <table><tr><td>本周推荐</td></tr><tr><td>\(links(8))</td></tr><tr><td>商机速递</td></tr><tr><td>\(links(8))</td></tr></table>
            </div></body></html>
            """
        let page = try cleaner.run(ProjectFiles.decoded(html, path: "x/2.html"))
        XCTAssertEqual(page.paragraphs, (["各位代表："] + prose + ["谢谢大家！"]).map(CompatibilityFolding.nfkc))
    }

    func testBlogPageWithTimestampedPostsKeepsTheFirstPost() throws {
        let posts = (0..<3).map { number in
            """
            <div class="post-title">第\(number + 1)篇日志</div><div class="post-date">2024-01-0\(number + 1) 08:3\(number):00</div>
            <div class="post-body">\(prose.map { "<p>\($0)第\(number + 1)篇。</p>" }.joined())</div>
            <div class="post-foot"><a href="#">评论(\(number))</a></div>
            """
        }
        let html = "<html><head><title>某人的博客</title></head><body><div>\(posts.joined())</div></body></html>"
        let analysis = try cleaner.analyse(ProjectFiles.decoded(html, path: "x/3.html"))
        XCTAssertNotNil(analysis.choice?.firstPostOf)
        XCTAssertEqual(analysis.decisions.filter(\.kept).map(\.block.text), prose.map { $0 + "第1篇。" })
    }

    func testReportSplitAcrossSameClassDivsWithoutTimestampsIsKeptWhole() throws {
        let parts = prose.map { "<div class=\"part\"><p>\($0)</p><p>\($0)</p></div>" }.joined()
        let html = "<html><head><title>示例报告</title></head><body><div>\(parts)</div></body></html>"
        let analysis = try cleaner.analyse(ProjectFiles.decoded(html, path: "x/4.html"))
        XCTAssertNil(analysis.choice?.firstPostOf)
        XCTAssertEqual(analysis.decisions.filter(\.kept).count, prose.count * 2)
    }

    func testDisclaimerIsRecognisedInAnyWordingButReportProseIsNot() {
        XCTAssertTrue(DisclaimerLine.isDisclaimer(MatchKey.of("声明：本站部分内容来源于网络，如有侵权请联系删除。"), chars: 24))
        XCTAssertTrue(DisclaimerLine.isDisclaimer(MatchKey.of("文章仅代表作者观点，版权归原作者所有。"), chars: 19))
        XCTAssertFalse(DisclaimerLine.isDisclaimer(MatchKey.of("开展打击网络侵权盗版专项行动，加强知识产权保护。"), chars: 24))
        XCTAssertFalse(DisclaimerLine.isDisclaimer(MatchKey.of("完善基本社会保险制度，保障群众合法权益。"), chars: 20))
    }
}
