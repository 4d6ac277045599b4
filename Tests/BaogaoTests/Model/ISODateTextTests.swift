import XCTest
@testable import Baogao

final class ISODateTextTests: XCTestCase {
    func testDateIsYearThenZeroPaddedMonthAndDay() {
        XCTAssertEqual(ISODateText.date(year: 2024, month: 3, day: 7), "2024-03-07")
        XCTAssertEqual(ISODateText.date(year: 2024, month: 12, day: 31), "2024-12-31")
    }

    func testDateStopsAtTheFirstMissingPart() {
        XCTAssertEqual(ISODateText.date(year: 2024, month: 9, day: nil), "2024-09")
        XCTAssertEqual(ISODateText.date(year: 2024, month: nil, day: nil), "2024")
        XCTAssertEqual(ISODateText.date(year: 2024, month: nil, day: 5), "2024")
    }

    func testTwoDigitsPadsOnlyBelowTen() {
        XCTAssertEqual(ISODateText.twoDigits(0), "00")
        XCTAssertEqual(ISODateText.twoDigits(9), "09")
        XCTAssertEqual(ISODateText.twoDigits(10), "10")
        XCTAssertEqual(ISODateText.twoDigits(Int32(59)), "59")
    }
}
