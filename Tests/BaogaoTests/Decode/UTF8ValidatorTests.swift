import XCTest
@testable import Baogao

final class UTF8ValidatorTests: XCTestCase {
    func testWellFormedTextIsValid() {
        XCTAssertTrue(UTF8Validator.isValid(Array("ascii 政府 😀 ok".utf8)))
        XCTAssertTrue(UTF8Validator.isValid([]))
    }

    func testOverlongSurrogateAndTruncatedSequencesAreInvalid() {
        XCTAssertFalse(UTF8Validator.isValid([0xC0, 0xAF]))
        XCTAssertFalse(UTF8Validator.isValid([0xED, 0xA0, 0x80]))
        XCTAssertFalse(UTF8Validator.isValid([0xE6, 0x94]))
        XCTAssertFalse(UTF8Validator.isValid([0xF4, 0x90, 0x80, 0x80]))
    }

    func testThreeByteCharactersAgreeWithSwiftsDecoder() {
        // Every lead byte E0–EF with second bytes across the continuation range and beyond.
        for lead: UInt8 in 0xE0...0xEF {
            for second: UInt8 in [0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0] {
                for third: UInt8 in [0x41, 0x80, 0xBF, 0xC0] {
                    let bytes = [lead, second, third]
                    let swift = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
                    XCTAssertEqual(UTF8Validator.isValid(bytes), swift, "\(bytes)")
                }
            }
        }
    }

    func testThreeByteCharactersInsideARunAgreeWithSwiftsDecoder() {
        // The same sequences between ideographs, where runs are checked a word at a time.
        let before = Array("政府工作".utf8)
        let after = Array("报告。".utf8)
        for lead: UInt8 in 0xE0...0xEF {
            for second: UInt8 in [0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0] {
                for third: UInt8 in [0x41, 0x80, 0xBF, 0xC0] {
                    let bytes = before + [lead, second, third] + after
                    let swift = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
                    XCTAssertEqual(UTF8Validator.isValid(bytes), swift, "\([lead, second, third])")
                }
            }
        }
    }

    func testRandomTextAgreesWithSwiftsDecoder() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("政".utf8), Array("。".utf8), Array("a ".utf8), Array("é".utf8), Array("😀".utf8)]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                if Int.random(in: 0..<8, using: &generator) == 0 {
                    bytes.append(UInt8.random(in: 0x80...0xFF, using: &generator))
                } else {
                    bytes += pieces.randomElement(using: &generator)!
                }
            }
            if !bytes.isEmpty, Bool.random(using: &generator) { bytes.removeLast() }
            let swift = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
            XCTAssertEqual(UTF8Validator.isValid(bytes), swift, "\(bytes)")
        }
    }

    func testInvalidByteAfterALongASCIIRunIsFound() {
        XCTAssertFalse(UTF8Validator.isValid(Array(String(repeating: "a", count: 37).utf8) + [0xFF]))
    }

    func testMostlyUTF8CountsSequencesAgainstInvalidBytes() {
        let twoSequencesOneInvalid = Array("政府".utf8) + [0xFF, 0x41]
        XCTAssertTrue(UTF8Validator.isMostlyUTF8(twoSequencesOneInvalid, sequencesPerInvalid: 2, minimumSequences: 0))
        XCTAssertFalse(UTF8Validator.isMostlyUTF8(twoSequencesOneInvalid, sequencesPerInvalid: 3, minimumSequences: 0))
        XCTAssertFalse(UTF8Validator.isMostlyUTF8(twoSequencesOneInvalid, sequencesPerInvalid: 2, minimumSequences: 3))
    }

    func testMostlyUTF8SeesSequencesAfterEarlyInvalidBytes() {
        let damagedStart: [UInt8] = [0xFF, 0xFE, 0x80] + Array(String(repeating: "政", count: 150).utf8)
        XCTAssertTrue(UTF8Validator.isMostlyUTF8(damagedStart, sequencesPerInvalid: 50, minimumSequences: 8))
        XCTAssertFalse(UTF8Validator.isMostlyUTF8(damagedStart, sequencesPerInvalid: 51, minimumSequences: 8))
    }

    func testGBKTextIsNotMostlyUTF8() {
        // "政府工作报告" in GBK, repeated.
        let gbk: [UInt8] = Array(repeating: [0xD5, 0xFE, 0xB8, 0xAE, 0xB9, 0xA4, 0xD7, 0xF7, 0xB1, 0xA8, 0xB8, 0xE6], count: 100).flatMap { $0 }
        XCTAssertFalse(UTF8Validator.isMostlyUTF8(gbk, sequencesPerInvalid: 2, minimumSequences: 8))
    }
}
