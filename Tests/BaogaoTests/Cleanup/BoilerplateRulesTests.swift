import XCTest
@testable import Baogao

final class BoilerplateRulesTests: XCTestCase {
    private let rules = BoilerplateRules(
        equals: ["导航菜单"], prefixes: ["本文地址"], contains: ["ICP备"], patterns: [try! RulePattern("(?:上一页|下一页|\\d+)+")],
        endMarkers: ["本文仅代表作者观点"])

    func testRulesCompareNFKCWithoutWhitespace() {
        XCTAssertEqual(rules.verdict(forKey: MatchKey.of("本文地址：/baogao/1.html")), .drop(rule: "line starts with '本文地址'"))
        XCTAssertEqual(rules.verdict(forKey: MatchKey.of(" 导航 菜单 ")), .drop(rule: "line equals '导航菜单'"))
    }

    func testPatternMustMatchTheWholeLine() {
        XCTAssertNotEqual(rules.verdict(forKey: MatchKey.of("上一页 1 2 下一页")), .keep)
        XCTAssertEqual(rules.verdict(forKey: MatchKey.of("增长12%")), .keep)
    }

    func testEndMarkerEndsThePage() {
        XCTAssertEqual(rules.verdict(forKey: MatchKey.of("本文仅代表作者观点，不代表本站立场。")), .end(rule: "end marker '本文仅代表作者观点'"))
    }

    func testOnePassFindsTheRuleStringAndTheDecidersWords() {
        let disclaimer = rules.scan(MatchKey.of("本文仅代表作者观点，不代表本站立场。"))
        XCTAssertEqual(disclaimer.literal, 0, "the end marker")
        XCTAssertTrue(disclaimer.hasSelfReference && disclaimer.hasRightsWord)
        XCTAssertFalse(disclaimer.hasPublicationCue)
        let byline = rules.scan(MatchKey.of("发布时间：2023-01-05 来源：市政府办公室"))
        XCTAssertNil(byline.literal)
        XCTAssertTrue(byline.hasPublicationCue)
        let prose = rules.scan(MatchKey.of(TestPages.paragraphs[0]))
        XCTAssertNil(prose.literal)
        XCTAssertFalse(prose.hasPublicationCue || prose.hasSelfReference)
        // Merging rebuilds the pass: the merged set's own strings are found too.
        let merged = BoilerplateRules(contains: ["版权所有"]).merged(with: rules)
        XCTAssertEqual(merged.verdict(forKey: MatchKey.of("版权所有 京ICP备123号")), .drop(rule: "line contains '版权所有'"))
    }

    func testReportProseIsKept() {
        XCTAssertEqual(rules.verdict(forKey: MatchKey.of(TestPages.paragraphs[0])), .keep)
    }

    func testMergedRulesApplyBothSets() {
        let merged = BoilerplateRules(equals: ["收藏"]).merged(with: rules)
        XCTAssertNotEqual(merged.verdict(forKey: "收藏"), .keep)
        XCTAssertNotEqual(merged.verdict(forKey: "导航菜单"), .keep)
    }

    func testSeveralPatternsActAsOneAndNameTheOneThatMatched() throws {
        let rules = BoilerplateRules(patterns: [try RulePattern("(?:上一页|下一页)+"), try RulePattern("\\d+"), try RulePattern("分享到.{0,8}")])
        XCTAssertEqual(rules.verdict(forKey: "123"), .drop(rule: "line matches /\\d+/"))
        XCTAssertEqual(rules.verdict(forKey: "下一页"), .drop(rule: "line matches /(?:上一页|下一页)+/"))
        XCTAssertEqual(rules.verdict(forKey: "分享到微信"), .drop(rule: "line matches /分享到.{0,8}/"))
        XCTAssertEqual(rules.verdict(forKey: "增长12%"), .keep)
        XCTAssertEqual(rules.verdict(forKey: "123下一页"), .keep, "a line must match one pattern whole")
    }
}
