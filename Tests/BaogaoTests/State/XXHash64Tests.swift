import XCTest
@testable import Baogao

final class XXHash64Tests: XCTestCase {
    /// Known answers from the reference xxHash library (libxxhash 0.8.1, `XXH64(bytes, length, 0)`),
    /// covering the short tail paths (0, 1, 3 bytes), one 32-byte round, rounds plus an 8-, 4- and
    /// 1-byte tail (43 bytes), and UTF-8 text over several rounds.
    func testMatchesTheReferenceXXH64() {
        XCTAssertEqual(XXHash64.of([]), 0xEF46_DB37_51D8_E999)
        XCTAssertEqual(XXHash64.of(Array("a".utf8)), 0xD24E_C4F1_A98C_6E5B)
        XCTAssertEqual(XXHash64.of(Array("abc".utf8)), 0x44BC_2CF5_AD77_0999)
        XCTAssertEqual(XXHash64.of(Array("0123456789abcdef0123456789abcdef".utf8)), 0x642A_9495_8E71_E6C5)
        XCTAssertEqual(XXHash64.of(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x0B24_2D36_1FDA_71BC)
        XCTAssertEqual(XXHash64.of(Array(String(repeating: "政府工作报告", count: 7).utf8)), 0x9717_1D27_8BCB_7836)
    }

    func testOneChangedByteChangesTheHash() {
        var page = Array(String(repeating: "<p>2023年全市地区生产总值增长5.2%。</p>", count: 40).utf8)
        let before = XXHash64.of(page)
        page[page.count / 2] ^= 1
        XCTAssertNotEqual(XXHash64.of(page), before)
    }
}
