import Baogao
import XCTest

final class MetadataSpeakerFinderTests: XCTestCase {
    private let finder = MetadataSpeakerFinder()

    private func speaker(_ text: String) -> ReportMetadata.Speaker? {
        finder.speaker(in: MetadataText(title: "", text: text).header)
    }

    func testTitleThenNameOnItsOwnLine() {
        XCTAssertEqual(speaker("——在某县会议上\n县长王文华\n各位代表:"), ReportMetadata.Speaker(name: "王文华", role: "县长"))
    }

    func testSpacesInsideTitleAndNameAreRemoved() {
        XCTAssertEqual(speaker("——在某区会议上\n区 长 庄 明\n各位代表:"), ReportMetadata.Speaker(name: "庄明", role: "区长"))
    }

    func testPlaceBeforeTheTitleIsNotPartOfTheRole() {
        XCTAssertEqual(speaker("苏州市市长 吴文庆\n各位代表:"), ReportMetadata.Speaker(name: "吴文庆", role: "市长"))
        XCTAssertEqual(speaker("某县人民政府县长 伍小梅\n各位代表:"), ReportMetadata.Speaker(name: "伍小梅", role: "县长"))
    }

    func testActingTitlesAreKept() {
        XCTAssertEqual(speaker("代市长 赵一鸣\n各位代表:"), ReportMetadata.Speaker(name: "赵一鸣", role: "代市长"))
    }

    func testNameRunningIntoTheSalutationOrADateStops() {
        XCTAssertEqual(speaker("会议上 上海市市长 龚 明 各位代表: 现在"), ReportMetadata.Speaker(name: "龚明", role: "市长"))
        XCTAssertEqual(speaker("会议上县长赵甲文(2020年1月8日)各位代表:"), ReportMetadata.Speaker(name: "赵甲文", role: "县长"))
    }

    func testDeputyIsNotTheSpeaker() {
        XCTAssertNil(speaker("副县长 李四海\n各位代表:"))
    }

    func testTransliteratedNamesKeepTheirDot() {
        XCTAssertEqual(speaker("州长 阿不都·艾山\n各位代表:"), ReportMetadata.Speaker(name: "阿不都·艾山", role: "州长"))
    }

    func testBareNameAfterTheDatelineHasNoRole() {
        XCTAssertEqual(speaker("——2016年1月12日在某市第十四届人民代表大会第四次会议上\n杜学明\n各位代表:"),
                       ReportMetadata.Speaker(name: "杜学明", role: nil))
        XCTAssertEqual(speaker("某省政府工作报告(2023年1月11日 赵 龙)\n各位代表:"), ReportMetadata.Speaker(name: "赵龙", role: nil))
    }

    func testHeadingWordsAreNotNames() {
        XCTAssertNil(speaker("——2016年1月12日在某市第十四届人民代表大会第四次会议上\n摘要\n各位代表:"))
        XCTAssertNil(speaker("县长热线\n各位代表:"))
    }

    func testNameOnTheLineAfterTheTitleKeepsTheTitle() {
        XCTAssertEqual(speaker("——在某区会议上\n区 长\n庄 明\n各位代表:"), ReportMetadata.Speaker(name: "庄明", role: "区长"))
    }
}
