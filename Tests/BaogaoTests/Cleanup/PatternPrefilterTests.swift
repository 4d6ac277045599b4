import XCTest
@testable import Baogao

final class PatternPrefilterTests: XCTestCase {
    private func filter(_ source: String) throws -> PatternPrefilter {
        try XCTUnwrap(PatternPrefilter(source: source), "no filter for /\(source)/")
    }

    func testPatternWithoutDotLimitsTheCharactersOfALine() throws {
        let pagination = try filter(#"(?:上一页|下一页|\d+|[\[\]<>.])+"#)
        XCTAssertTrue(pagination.mayMatch("上一页[1]2>下一页"))
        XCTAssertTrue(pagination.mayMatch("١٢"), "\\d is any script's decimal digit, as in ICU")
        XCTAssertFalse(pagination.mayMatch("一、经济发展"))
        XCTAssertFalse(pagination.mayMatch("下一页x"))
    }

    func testRequiredStringsComeFromTheLongestCompulsoryAtom() throws {
        let comment = try filter(".{1,30}(?:发表于|评论于).{0,30}")
        XCTAssertTrue(comment.mayMatch("网友张三评论于昨天"))
        XCTAssertFalse(comment.mayMatch("全年地区生产总值增长5.2%"))
        let promotion = try filter(".{0,30}(?:公众号|立即(?:购买|办理)).{0,30}")
        XCTAssertTrue(promotion.mayMatch("欢迎关注公众号"))
        XCTAssertTrue(promotion.mayMatch("立即办理"))
        XCTAssertFalse(promotion.mayMatch("立刻行动"))
    }

    func testAdjacentLiteralsAreRequiredTogether() throws {
        let rule = try filter(#".*分享到:?.*"#)
        XCTAssertTrue(rule.mayMatch("点此分享到微博"))
        XCTAssertFalse(rule.mayMatch("分享经验到基层"))
    }

    func testOptionalAtomsAndEmptyBranchesRequireNothing() throws {
        XCTAssertTrue(try filter("(?:网友)?评论[0-9]{0,3}").mayMatch("评论12"))
        XCTAssertNil(PatternPrefilter(source: "(?:评论|).*"), "an empty branch and a dot leave nothing to test")
        XCTAssertTrue(try filter("(?:共|)[0-9]+条").mayMatch("12条"))
    }

    func testUnknownSyntaxGivesNoFilter() {
        for source in [#"(?=a)b.*"#, #"\w+"#, #"[^a]+"#, #"(?i)abc"#, #"[[:alpha:]]+"#, #"\p{Han}+"#, #"(a)\1"#, #"[a&&b]"#, #"[:Han:]+"#] {
            XCTAssertNil(PatternPrefilter(source: source), source)
        }
    }

    /// The filter may only rule out lines the expression does not match: checked for every
    /// pattern of the default pipeline against report lines and lines built from the patterns' own
    /// words, many of which match.
    func testFilterNeverRulesOutALineTheExpressionMatches() throws {
        let rules = ProjectFiles.defaultPipeline.cleanup.rules
        let patterns = rules.patterns + rules.endPatterns
        XCTAssertGreaterThan(patterns.count, 5)
        for pattern in patterns { XCTAssertNotNil(PatternPrefilter(source: pattern.source), "/\(pattern.source)/ has no filter") }
        var lines = (TestPages.paragraphs + AdversarialPages.paragraphs).map(MatchKey.of)
        let pieces = ["上一页", "下一页", "1", "23", "[", "]", ":", "-", "2023-01-05", "12:30", "评论", "网友", "共", "条",
                      "(", ")", "发表于", "张三", "分享到", "微信", "QQ", "回复", "顶", "公众号", "扫码", "关注", "建议使用",
                      "浏览器", "已有", "人", "参与", "页", "GO", "。", "经济", "|", "/", "…"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...5, using: &generator)
            lines.append((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        // The screens that apply the filters together answer as the filters one by one.
        for list in [rules.patterns, rules.endPatterns] {
            let screen = PatternScreen(list, firstBit: 3)
            let required = LiteralSet(screen.needles.map(\.needle))
            for line in lines {
                let present = required.union(of: screen.needles.map(\.mask), occurringIn: line)
                XCTAssertEqual(
                    utf8(line) { screen.anyMayMatch(utf8: $0, present: present) }, list.contains { pattern in utf8(line) { pattern.mayMatchWhole(utf8: $0) } },
                    "'\(line)'")
                // The screen runs only the patterns it lets through, and finds the first that matches.
                let first = utf8(line) { screen.firstMatch(utf8: $0, present: present, text: { line }) }
                XCTAssertTrue(first === list.first { $0.matchesWhole(line) }, "'\(line)': \(first?.source ?? "none")")
            }
        }
        var matched = 0
        for pattern in patterns {
            for line in lines where pattern.matchesWhole(line) {
                matched += 1
                XCTAssertTrue(utf8(line) { pattern.mayMatchWhole(utf8: $0) }, "/\(pattern.source)/ matches '\(line)' but its filter ruled it out")
            }
        }
        XCTAssertGreaterThan(matched, 1_000, "the generated lines should exercise the patterns")
    }

    /// `body` called with the UTF-8 of `text`.
    private func utf8<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var text = text
        return text.withUTF8(body)
    }
}
