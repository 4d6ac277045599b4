import XCTest
@testable import Baogao

final class LiteralSetTests: XCTestCase {
    func testFindsTheFirstNeedleInListOrderNotInTextOrder() {
        let set = LiteralSet(["版权所有", "ICP备", "本站"])
        XCTAssertEqual(set.firstNeedle(in: "本站版权所有"), 0)
        XCTAssertEqual(set.firstNeedle(in: "京ICP备12345号 本站"), 1)
        XCTAssertNil(set.firstNeedle(in: "全年经济稳中向好"))
    }

    func testOneByteAndEmptyNeedles() {
        XCTAssertEqual(LiteralSet(["©", "x"]).firstNeedle(in: "abc x"), 1)
        XCTAssertEqual(LiteralSet(["zz", ""]).firstNeedle(in: "abc"), 1, "the empty string occurs everywhere")
        XCTAssertFalse(LiteralSet([]).occurs(in: "abc"))
    }

    func testNeedleAtTheEndAndLongerThanTheText() {
        let set = LiteralSet(["立场", "不代表本站立场"])
        XCTAssertTrue(set.occurs(in: "不代表立场"))
        XCTAssertEqual(set.firstNeedle(in: "立"), nil)
    }

    func testAgreesWithOneSearchPerNeedle() {
        let needles = ["本站", "本网站", "转载", "版权", "ICP", "©", "删除", "a"]
        let set = LiteralSet(needles)
        let texts = ["本网站内容转载自网络", "ICP证", "©2023", "删", "除", "abc", "本报讯", "", "版权保护和侵权"]
        for text in texts {
            XCTAssertEqual(set.firstNeedle(in: text), needles.firstIndex { text.contains($0) }, text)
        }
    }

    func testUnionOfMasksCoversEveryNeedleThatOccurs() {
        let set = LiteralSet(["评论", "发表于", "论", "浏览器"])
        let masks: [UInt64] = [0b0001, 0b0010, 0b0100, 0b1000]
        XCTAssertEqual(set.union(of: masks, occurringIn: "网友评论于昨天发表于"), 0b0111)
        XCTAssertEqual(set.union(of: masks, occurringIn: "全年经济稳中向好"), 0)
        XCTAssertEqual(LiteralSet(["", "x"]).union(of: [0b01, 0b10], occurringIn: "abc"), 0b01, "the empty string occurs everywhere")
    }

    func testNeedlesAreFoundAtCharacterStartsOnlyWhateverTheirFirstBytes() {
        // 中 (E4 B8 AD) shares its first two bytes with 丬 (E4 B8 AC): passing the two-byte test
        // is not a match.
        let set = LiteralSet(["丬", "b", "é"])
        XCTAssertNil(set.firstNeedle(in: "中国"))
        XCTAssertEqual(set.firstNeedle(in: "中丬"), 0)
        XCTAssertEqual(set.firstNeedle(in: "ab"), 1, "a one-byte needle at the last byte")
        XCTAssertEqual(set.firstNeedle(in: "cafe\u{301}é"), 2, "e + combining accent is not é's bytes")
        XCTAssertNil(set.firstNeedle(in: "cafe\u{301}"))
    }

    func testThePageSearchAgreesWithTheScan() {
        let set = LiteralSet(["本文地址", "留言与评论", "本文仅代表作者观点", "a"])
        var generator = SystemRandomNumberGenerator()
        let pieces = ["本文", "地址", "留言", "与评论", "本文仅代表", "作者观点", "<p>", "x", "a", "\n", "政府工作报告"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0..<12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(set.occurs(inPage: Array(text.utf8)), set.occurs(in: text), text)
        }
        XCTAssertTrue(LiteralSet(["", "zz"]).occurs(inPage: Array("abc".utf8)), "the empty string occurs everywhere")
        XCTAssertFalse(LiteralSet([]).occurs(inPage: Array("abc".utf8)))
    }
}
