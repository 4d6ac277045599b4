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

    /// The search anchors on the needle's last byte: matches at the very start and end, repeated
    /// last bytes, and a start offset, checked against a naive search on random byte strings.
    func testByteSearchAgreesWithANaiveSearch() {
        func naive(_ needle: [UInt8], _ haystack: [UInt8], from start: Int) -> Int? {
            guard !needle.isEmpty else { return start }
            guard start >= 0, needle.count <= haystack.count - start else { return nil }
            return (start...(haystack.count - needle.count)).first { Array(haystack[$0..<$0 + needle.count]) == needle }
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x61, 0x62, 0xE6, 0x9C, 0xAC]
        for _ in 0..<3_000 {
            let haystack = (0..<Int.random(in: 0..<24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let needle = (0..<Int.random(in: 0..<5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let start = Int.random(in: 0...max(0, haystack.count), using: &generator)
            let found = haystack.withUnsafeBufferPointer { text in
                needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: text, from: start) }
            }
            XCTAssertEqual(found, naive(needle, haystack, from: start), "\(needle) in \(haystack) from \(start)")
        }
        XCTAssertTrue("本文地址:/baogao/1.html".contains("本文地址"))
        XCTAssertTrue("全文完。本文地址".contains("本文地址"))
        XCTAssertTrue("ab".contains("b") && "ab".contains("a") && !"ab".contains("ba"))
    }
}
