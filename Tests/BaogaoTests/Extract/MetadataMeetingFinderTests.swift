import Baogao
import XCTest

final class MetadataMeetingFinderTests: XCTestCase {
    private let finder = MetadataMeetingFinder()

    private func meeting(_ text: String) -> ReportMetadata.Meeting? {
        finder.meeting(in: MetadataText(title: "", text: text).header)
    }

    func testLongFormIsRead() {
        XCTAssertEqual(meeting("——2023年1月8日在某区第十九届人民代表大会第三次会议上\n各位代表:"),
                       ReportMetadata.Meeting(term: 19, session: 3))
    }

    func testShortFormIsRead() {
        XCTAssertEqual(meeting("——2023年1月7日在市十六届人大五次会议上\n各位代表:"), ReportMetadata.Meeting(term: 16, session: 5))
    }

    func testNationalCongressAndLineBreaksInsideThePhraseAreRead() {
        XCTAssertEqual(meeting("——在第十四届全国人民代表大会第三次会议上\n各位代表:"), ReportMetadata.Meeting(term: 14, session: 3))
        XCTAssertEqual(meeting("——2024年1月10日在某区第十届\n\n  人民代表大会第三次会议上\n各位代表:"),
                       ReportMetadata.Meeting(term: 10, session: 3))
    }

    func testSessionsMentionedInTheBodyAreNotTheMeeting() {
        XCTAssertNil(meeting("各位代表:\n一年来,较好完成了县十七届人大三次会议确定的目标任务。区十届人大一次会议以来成效显著。"))
    }

    func testStandingCommitteeMeetingsAreNotTheMeeting() {
        XCTAssertNil(meeting("——在县第十七届人民代表大会常务委员会第十次会议上\n各位代表:"))
    }

    func testPartyPlenumsAreNotTheMeeting() {
        XCTAssertNil(meeting("按照省委十一届九次全会和市委十二届十次全会部署\n"))
    }
}
