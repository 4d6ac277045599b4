import XCTest
@testable import Baogao

final class StringUTF8SearchTests: XCTestCase {
    func testFindsSubstringsAnywhere() {
        XCTAssertTrue("本文仅代表作者观点,不代表本站立场".contains("作者观点"))
        XCTAssertTrue("abc".contains("abc"))
        XCTAssertTrue("abc".contains("c"))
        XCTAssertTrue("abc".contains(""))
    }

    func testMissesWhatIsNotThere() {
        XCTAssertFalse("本文地址".contains("本文地址:"))
        XCTAssertFalse("aab".contains("abb"))
        XCTAssertFalse("".contains("a"))
    }

    func testRepeatedFirstBytesDoNotHideAMatch() {
        XCTAssertTrue("aaaaab".contains("aab"))
        XCTAssertTrue("留留言与评论".contains("留言与评论"))
    }

    func testUTF8PrefixComparesBytes() {
        XCTAssertTrue("本文地址:/baogao/1.html".hasUTF8Prefix("本文地址"))
        XCTAssertTrue("abc".hasUTF8Prefix(""))
        XCTAssertFalse("本文".hasUTF8Prefix("本文地址"))
        XCTAssertFalse("文本地址".hasUTF8Prefix("本文"))
    }

    func testFirstUTF8RangeFindsTheNextOccurrenceFromAnIndex() {
        let title = "2021-2025年规划 - 某某网"
        let first = title.firstUTF8Range(of: "-")
        XCTAssertEqual(first.map { String(title[..<$0.lowerBound]) }, "2021")
        let second = first.flatMap { title.firstUTF8Range(of: "-", from: $0.upperBound) }
        XCTAssertEqual(second.map { String(title[..<$0.lowerBound]) }, "2021-2025年规划 ")
        XCTAssertNil(title.firstUTF8Range(of: "_"))
    }

    func testFirstUTF8RangeSkipsMatchesInsideACharacter() {
        // "_" followed by a combining acute accent is one character, not the separator.
        let title = "甲_\u{301}乙_丙"
        let range = title.firstUTF8Range(of: "_")
        XCTAssertEqual(range.map { String(title[$0.upperBound...]) }, "丙")
    }
}
