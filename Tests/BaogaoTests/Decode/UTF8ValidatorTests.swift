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

    func testInvalidByteAfterALongASCIIRunIsFound() {
        XCTAssertFalse(UTF8Validator.isValid(Array(String(repeating: "a", count: 37).utf8) + [0xFF]))
    }

    func testCensusCountsSequencesAndInvalidBytes() {
        let census = UTF8Validator.census(Array("政府".utf8) + [0xFF, 0x41])
        XCTAssertEqual(census.multibyte, 2)
        XCTAssertEqual(census.invalid, 1)
    }
}
