import XCTest
@testable import Baogao

final class PageCleanerTests: XCTestCase {
    private let cleaner = PageCleaner(settings: ProjectFiles.defaultPipeline.cleanup)

    func testPortalPageKeepsTitleAndParagraphsOnly() throws {
        let title = "(江苏省)示例市示例区人民政府工作报告(2023年1月5日)"
        let page = try cleaner.run(ProjectFiles.decoded(TestPages.portal(title: title, paragraphs: TestPages.paragraphs)))
        XCTAssertEqual(page.title, title)
        XCTAssertEqual(page.paragraphs, TestPages.paragraphs.map(CompatibilityFolding.nfkc))
    }

    func testParagraphKeysAreTheHashesOfTheParagraphsMatchKeys() throws {
        let page = try cleaner.run(ProjectFiles.decoded(TestPages.portal(title: "示例县人民政府工作报告", paragraphs: TestPages.paragraphs)))
        XCTAssertEqual(page.paragraphKeys, page.paragraphs.map { MatchKey.hash(MatchKey.of($0)) })
        XCTAssertEqual(Set(page.paragraphKeys).count, page.paragraphs.count)
    }

    func testSeedBoilerplateNeverReachesTheText() throws {
        let html = TestPages.portal(title: "示例县人民政府工作报告", paragraphs: TestPages.paragraphs)
        let text = try cleaner.run(ProjectFiles.decoded(html)).paragraphs.joined(separator: "\n")
        for boilerplate in ["导航菜单", "本文仅代表作者观点", "本文地址", "留言与评论", "验证码", "上一页", "下一页", "相关报告", "ICP", "首页"] {
            XCTAssertFalse(text.contains(boilerplate), "\(boilerplate) leaked")
        }
    }

    func testTableLayoutWithBrSeparatedParagraphsIsSplitIntoParagraphs() throws {
        let html = TestPages.table(title: "示例市人民政府工作报告", paragraphs: TestPages.paragraphs, charset: nil)
        let page = try cleaner.run(ProjectFiles.decoded(html, path: "old/12.htm"))
        XCTAssertEqual(page.title, "示例市人民政府工作报告")
        XCTAssertEqual(page.paragraphs, TestPages.paragraphs.map(CompatibilityFolding.nfkc))
    }

    func testPageWithOnlyNavigationFailsWithNoMainContent() throws {
        let html = "<html><body><nav><a href=\"/a\">首页</a><a href=\"/b\">新闻</a></nav><div><a href=\"/c\">更多链接</a></div></body></html>"
        XCTAssertThrowsError(try cleaner.run(ProjectFiles.decoded(html))) { error in
            XCTAssertEqual((error as? StageError)?.reason, "no_main_content")
        }
    }

    func testInlineAdAndShareBarBetweenParagraphsAreDropped() throws {
        let html = """
            <html><head><title>示例报告</title></head><body><article><h1>示例报告</h1>
            <p>\(TestPages.paragraphs[0])</p>
            <div class="x1"><a href="/app">下载客户端，阅读更多报告</a></div>
            <p>\(TestPages.paragraphs[1])</p>
            <div>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
            <p>\(TestPages.paragraphs[2])</p></article>
            <div class="comment-list"><p>网友甲：这份报告写得很实在，为家乡点赞！</p></div></body></html>
            """
        let page = try cleaner.run(ProjectFiles.decoded(html, path: "x/1.html"))
        XCTAssertEqual(page.paragraphs, TestPages.paragraphs.map(CompatibilityFolding.nfkc))
    }

    func testPublicationLineIsDroppedAndItsDateKept() throws {
        let html = """
            <html><head><title>示例报告</title></head><body><div><h1>示例报告</h1><div>发布时间：2023-01-09 来源：示例市政府办</div>
            \(TestPages.paragraphs.map { "<p>\($0)</p>" }.joined())</div></body></html>
            """
        let page = try cleaner.run(ProjectFiles.decoded(html, path: "x/2.html"))
        XCTAssertEqual(page.publishedDate, "2023-01-09")
        XCTAssertEqual(page.paragraphs, TestPages.paragraphs.map(CompatibilityFolding.nfkc))
    }

    func testXPathKeepRuleOverridesTheScore() throws {
        var settings = ProjectFiles.defaultPipeline.cleanup
        settings.profiles = [SiteProfile(name: "t", file: "t.yaml", matchPaths: ["x/"], keepXPaths: ["//div[@id='short']"])]
        let html = "<html><body><div id=\"short\"><p>短文一句。</p></div><div>\(TestPages.paragraphs.map { "<p>\($0)</p>" }.joined())</div></body></html>"
        let analysis = try PageCleaner(settings: settings).analyse(ProjectFiles.decoded(html, path: "x/3.html"))
        XCTAssertTrue(analysis.decisions.first { $0.block.text == "短文一句。" }?.kept ?? false)
        XCTAssertEqual(analysis.profiles, ["t"])
    }

    func testAnalysisExplainsEveryDroppedBlock() throws {
        let analysis = try cleaner.analyse(ProjectFiles.decoded(TestPages.portal(title: "示例报告", paragraphs: TestPages.paragraphs)))
        let dropped = analysis.decisions.filter { !$0.kept }
        XCTAssertFalse(dropped.isEmpty)
        XCTAssertTrue(dropped.allSatisfy { !$0.reason.isEmpty })
        XCTAssertEqual(analysis.profiles, ["baogao-archive"])
    }

    func testParagraphsComeOutInNFKCWhetherOrNotTheirKeyWasNeeded() throws {
        let paragraphs = ["全年地区生产总值增长５．２％，城镇新增就业１．２万人。", "（一）坚持创新驱动，发展新动能加快集聚。"]
        let page = try cleaner.run(ProjectFiles.decoded(TestPages.portal(title: "示例县人民政府工作报告", paragraphs: paragraphs)))
        XCTAssertEqual(page.paragraphs, ["全年地区生产总值增长5.2%,城镇新增就业1.2万人。", "(一)坚持创新驱动,发展新动能加快集聚。"])
        XCTAssertTrue(page.paragraphsInNFKC)
        let built = CleanPage(source: page.source, title: nil, paragraphs: paragraphs, publishedDate: nil, encoding: "utf-8", warnings: [])
        XCTAssertFalse(built.paragraphsInNFKC, "paragraphs given as strings are taken as they are")
    }
}
