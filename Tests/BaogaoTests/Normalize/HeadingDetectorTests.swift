import XCTest
@testable import Baogao

final class HeadingDetectorTests: XCTestCase {
    func testChineseNumberedHeadingsHaveLevelsAndMarkers() {
        XCTAssertEqual(HeadingDetector.heading(in: "二、2023年政府工作主要任务", start: 7),
                       Heading(level: 1, marker: "二、", title: "2023年政府工作主要任务", start: 7))
        XCTAssertEqual(HeadingDetector.heading(in: "(十二)加强政府自身建设", start: 0)?.level, 2)
        XCTAssertEqual(HeadingDetector.heading(in: "3.推进乡村振兴", start: 0)?.level, 3)
        XCTAssertEqual(HeadingDetector.heading(in: "(3)完善社会保障", start: 0)?.level, 4)
    }

    func testHeadingRunningIntoProseEndsAtTheFirstStop() {
        let heading = HeadingDetector.heading(in: "(一)聚焦体系建设,推动转型升级。做好去能、聚能、赋能三篇文章。", start: 0)
        XCTAssertEqual(heading?.title, "聚焦体系建设,推动转型升级")
    }

    func testNumbersAndOrdinaryProseAreNotHeadings() {
        XCTAssertNil(HeadingDetector.heading(in: "1.5亿元用于改造老旧小区。", start: 0))
        XCTAssertNil(HeadingDetector.heading(in: "一是坚持把高质量发展作为主题主线。", start: 0))
        XCTAssertNil(HeadingDetector.heading(in: "各位代表:", start: 0))
    }

    func testLongNumberedProseWithoutAStopIsNotAHeading() {
        let prose = "三、" + String(repeating: "推进", count: 40)
        XCTAssertNil(HeadingDetector.heading(in: prose, start: 0))
        let sixty = "三、" + String(repeating: "推", count: 60)
        XCTAssertEqual(HeadingDetector.heading(in: sixty, start: 0)?.title.count, 60)
        XCTAssertNil(HeadingDetector.heading(in: sixty + "进", start: 0))
    }

    func testOnlyParagraphsOpeningWithAMarkerCharacterAreCandidates() {
        for opening in ["(一)", "3.推进", "二、任务", "〇", "零"] {
            XCTAssertTrue(HeadingDetector.mayOpenWithMarker(Array(opening.utf8)[...]), opening)
        }
        for opening in ["各位代表", "政府", "é", "😀", ""] {
            XCTAssertFalse(HeadingDetector.mayOpenWithMarker(Array(opening.utf8)[...]), opening)
        }
    }
}
