import Baogao
import XCTest

final class MetadataDateFinderTests: XCTestCase {
    private let finder = MetadataDateFinder()

    private func header(_ text: String) -> [Character] {
        MetadataText(title: "", text: text).header
    }

    func testDashDatelineBeforeVenueIsTheDeliveryDate() {
        let date = finder.deliveryDate(in: header("政府工作报告\n——2018年12月22日在某县第十八届人民代表大会第二次会议上\n各位代表:"))
        XCTAssertEqual(date?.iso, "2018-12-22")
    }

    func testParenthesisedDateAfterTheSpeakerIsTheDeliveryDate() {
        let date = finder.deliveryDate(in: header("——在某县第十七届人民代表大会第四次会议上县长某某(2020年1月8日)各位代表:"))
        XCTAssertEqual(date?.iso, "2020-01-08")
    }

    func testSpacedAndChineseNumeralDatesAreRead() {
        XCTAssertEqual(finder.deliveryDate(in: header("——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上"))?.iso, "2025-03-05")
        XCTAssertEqual(finder.deliveryDate(in: header("——二〇二三年一月十八日在市第十届人民代表大会第二次会议上"))?.iso, "2023-01-18")
    }

    func testTitleYearIsNotADeliveryDateButGivesTheTitleYear() {
        let chars = header("2019年梨树县政府工作报告\n——在梨树县第十八届人民代表大会第四次会议上\n各位代表:")
        XCTAssertNil(finder.deliveryDate(in: chars))
        XCTAssertEqual(finder.titleYear(in: chars), 2019)
    }

    func testDateInRunningTextIsNotADeliveryDate() {
        XCTAssertNil(finder.deliveryDate(in: Array("会议于2023年1月5日召开并通过了决议")))
    }

    func testDateAfterTheSalutationIsNotRead() {
        let chars = header("各位代表:\n——2022年1月6日,我们召开了动员大会。")
        XCTAssertNil(finder.deliveryDate(in: chars))
    }
}
