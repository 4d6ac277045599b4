import XCTest

@testable import Baogao

/// Gregorian dates written in Arabic or Chinese digits, on sentences written for these tests.
final class DateExtractionTests: XCTestCase {
    private func dates(_ text: String) throws -> [Entity] {
        try EntityTestSupport.entities(text, type: .date)
    }

    func testFullDateIsIsoDay() throws {
        let found = try dates("——2021年1月8日在县人民代表大会上")
        XCTAssertEqual(found.map(\.surface), ["2021年1月8日"])
        XCTAssertEqual(found.map(\.value), [.date("2021-01-08")])
        XCTAssertEqual(found.first?.start, 2)
    }

    func testYearAndMonthIsIsoMonth() throws {
        XCTAssertEqual(try dates("2023年10月,项目开工").map(\.value), [.date("2023-10")])
    }

    func testYearAloneIsIsoYear() throws {
        let found = try dates("2022年是极不平凡的一年")
        XCTAssertEqual(found.map(\.surface), ["2022年"])
        XCTAssertEqual(found.map(\.value), [.date("2022")])
    }

    func testSpacesInsideDateStayInSurface() throws {
        let found = try dates("——2025 年 3 月 5 日在会议上")
        XCTAssertEqual(found.map(\.surface), ["2025 年 3 月 5 日"])
        XCTAssertEqual(found.map(\.value), [.date("2025-03-05")])
    }

    func testChineseDigitDateIsRead() throws {
        let found = try dates("二〇二三年一月十日")
        XCTAssertEqual(found.map(\.value), [.date("2023-01-10")])
    }

    func testPlaceholderYearIsNotADate() throws {
        XCTAssertEqual(try dates("20XX年工作回顾"), [])
    }

    func testRelativeYearsAreNotDates() throws {
        XCTAssertEqual(try dates("今年,去年,全年,明年"), [])
    }

    func testBareHeadingYearIsADate() throws {
        let found = try dates("一、回顾2023,推动发展")
        XCTAssertEqual(found.map(\.surface), ["2023"])
        XCTAssertEqual(found.map(\.value), [.date("2023")])
    }

    func testYearOfFiscalYearKeepsOnlyYearSurface() throws {
        XCTAssertEqual(try dates("跃居2021年度全省第9位").map(\.surface), ["2021年"])
    }

    func testYearRangeGivesTwoDates() throws {
        let found = try dates("2021-2025年规划")
        XCTAssertEqual(found.map(\.surface), ["2021", "2025年"])
    }

    func testDateInParenthesesIsFound() throws {
        XCTAssertEqual(try dates("(2020年1月8日)").map(\.value), [.date("2020-01-08")])
    }

    func testManyYearsIsDurationNotDate() throws {
        XCTAssertEqual(try dates("5000年文明"), [])
        XCTAssertEqual(try EntityTestSupport.entities("5000年文明", type: .quantity).map(\.unit), ["年"])
    }

    func testMonthWithoutYearIsNotADate() throws {
        XCTAssertEqual(try dates("1-11月,3月5日"), [])
    }
}
