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
        func starts(_ text: String, with prefix: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { prefix.isUTF8Prefix(of: $0) }
        }
        XCTAssertTrue(starts("本文地址:/baogao/1.html", with: "本文地址"))
        XCTAssertTrue(starts("abc", with: ""))
        XCTAssertFalse(starts("本文", with: "本文地址"))
        XCTAssertFalse(starts("文本地址", with: "本文"))
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
