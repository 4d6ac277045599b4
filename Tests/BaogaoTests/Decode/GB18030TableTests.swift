import XCTest
@testable import Baogao

final class GB18030TableTests: XCTestCase {
    private func iconv(_ bytes: [UInt8]) throws -> [UInt8] {
        try IconvConverter.convert(bytes, from: "GB18030").utf8
    }

    func testChineseTextConvertsAsIconvDoes() throws {
        let text = "政府工作报告：全年地区生产总值增长5.2%，城乡居民人均可支配收入达到3.5万元。"
        let gbk = LegacyEncoding.encode(text, as: "GB18030")
        let converted = try XCTUnwrap(GB18030Table.convert(gbk))
        XCTAssertEqual(String(decoding: converted, as: UTF8.self), text)
        XCTAssertEqual(converted, try iconv(gbk))
    }

    func testRandomTwoByteTextConvertsAsIconvDoes() throws {
        var generator = SystemRandomNumberGenerator()
        var converted = 0
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<400 {
                if Bool.random(using: &generator) {
                    bytes.append(UInt8.random(in: 0x20...0x7E, using: &generator))
                } else {
                    bytes.append(UInt8.random(in: 0x81...0xFE, using: &generator))
                    bytes.append(UInt8.random(in: 0x40...0xFE, using: &generator))
                }
            }
            // Sequences iconv rejects (trail 0x7F, unassigned codes) leave the page to iconv.
            guard let fast = GB18030Table.convert(bytes) else { continue }
            converted += 1
            XCTAssertEqual(fast, try iconv(bytes))
        }
        XCTAssertGreaterThan(converted, 0, "some random two-byte texts should be all valid")
    }

    func testEveryTwoByteSequenceConvertsAsIconvDoesAlone() throws {
        var tabled = 0
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE {
                let pair = [lead, trail]
                let alone = try IconvConverter.convert(pair, from: "GB18030")
                if let fast = GB18030Table.convert(pair) {
                    tabled += 1
                    XCTAssertEqual(fast, alone.utf8, "\(pair)")
                    XCTAssertEqual(alone.replacements, 0, "\(pair)")
                } else {
                    XCTAssertTrue(alone.replacements > 0 || alone.utf8.count > 3, "\(pair) is iconv's \(alone.utf8), not tabled")
                }
            }
        }
        XCTAssertGreaterThan(tabled, 20_000, "GBK alone has 21,886 two-byte codes")
    }

    func testAnythingButASCIIAndTwoByteSequencesIsLeftToIconv() {
        XCTAssertNil(GB18030Table.convert([0x41, 0x81, 0x30, 0x81, 0x30]), "a four-byte sequence")
        XCTAssertNil(GB18030Table.convert([0x41, 0x80]), "0x80 is no character")
        XCTAssertNil(GB18030Table.convert([0xFF, 0x41]), "0xFF is no character")
        XCTAssertNil(GB18030Table.convert([0x41, 0xD5]), "a lead byte cut off at the end")
        XCTAssertNil(GB18030Table.convert([0xD5, 0x7F]), "0x7F is no trail byte")
        XCTAssertEqual(GB18030Table.convert(Array("plain ASCII".utf8)), Array("plain ASCII".utf8))
    }
}
