import XCTest
@testable import Baogao

/// The decode stage on damaged and lying input: always valid UTF-8, never a wrong refusal.
final class HostileDecodeTests: XCTestCase {
    private func decode(_ bytes: [UInt8]) throws -> DecodedPage {
        try CharsetDecoder().run(RawPage(source: ReportGrouper.source(for: "t/1.html"), bytes: bytes))
    }

    func testRepairReplacesEachMaximalIllFormedSubpartWithOneReplacementCharacter() {
        // Encoded surrogate, overlong, past U+10FFFF, truncated sequence, stray continuation.
        let bytes: [UInt8] = [0x41, 0xED, 0xA0, 0x80, 0xC0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xE4, 0xB8, 0x42, 0x80, 0xE4, 0xB8, 0xAD]
        let repaired = UTF8Validator.repaired(bytes)
        XCTAssertEqual(String(decoding: repaired.utf8, as: UTF8.self), "A" + String(repeating: "\u{FFFD}", count: 10) + "B\u{FFFD}中")
        XCTAssertEqual(repaired.replacements, 11)
        XCTAssertTrue(UTF8Validator.isValid(repaired.utf8))
    }

    func testEncodedSurrogatesInAlmostUTF8NeverReachTheOutput() throws {
        let text = Array(String(repeating: "全市地区生产总值增长6.5%。", count: 40).utf8)
        let page = try decode(Array("<meta charset=utf-8>".utf8) + text + [0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF] + text)
        XCTAssertEqual(page.encoding, "utf-8")
        XCTAssertTrue(UTF8Validator.isValid(page.utf8))
        XCTAssertGreaterThan(page.replacements, 0)
    }

    func testDeclaredUTF8WithDamageStaysUTF8() throws {
        var bytes = Array("<meta charset=\"utf-8\"><p>".utf8) + Array(String(repeating: "各位代表:现在我代表市人民政府向大会报告工作。", count: 4).utf8)
        for position in stride(from: 40, to: bytes.count, by: 90) { bytes[position] = 0xFF }
        let page = try decode(bytes)
        XCTAssertEqual(page.encoding, "utf-8")
        XCTAssertTrue(String(decoding: page.utf8, as: UTF8.self).contains("大会报告"))
    }

    func testAByteOrderMarkBeforeGBKBytesIsOverruledByTheBytes() throws {
        let gbk = LegacyEncoding.encode("<p>" + String(repeating: "各位代表:现在我代表市人民政府向大会报告工作。", count: 4) + "</p>", as: "GB18030")
        let page = try decode([0xEF, 0xBB, 0xBF] + gbk)
        XCTAssertEqual(page.encoding, "gb18030")
        XCTAssertTrue(String(decoding: page.utf8, as: UTF8.self).contains("大会报告"))
    }

    func testManyByteOrderMarksBeforeGarbageDecodeWithoutRecursion() throws {
        let bytes = Array(repeating: [UInt8]([0xEF, 0xBB, 0xBF]), count: 200_000).flatMap { $0 } + Array(repeating: 0xFF, count: 500_000)
        let page = try decode(bytes)
        XCTAssertEqual(page.encoding, "gb18030")
        XCTAssertTrue(UTF8Validator.isValid(page.utf8))
        XCTAssertGreaterThanOrEqual(page.replacements, 500_000)
    }

    func testAFileOfNULBytesIsBinaryData() {
        XCTAssertThrowsError(try decode([UInt8](repeating: 0, count: 4096))) { error in
            XCTAssertEqual((error as? StageError)?.reason, "binary_data")
        }
    }
}
