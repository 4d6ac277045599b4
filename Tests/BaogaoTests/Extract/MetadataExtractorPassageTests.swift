import Baogao
import XCTest

final class MetadataExtractorPassageTests: XCTestCase {
    private func extract(_ text: String) throws -> ReportMetadata {
        MetadataExtractor(gazetteer: try Gazetteer.project.get()).extract(title: "", text: text)
    }

    func testPassageStartingMidReportTakesNothingFromItsBodyBeforeTheSalutation() throws {
        let metadata = try extract("""
            过去一年,我们较好完成了县十七届人大三次会议确定的目标任务,全县经济社会发展取得新成效,地区生产总值稳步增长,固定资产投资持续扩大。
            各位代表,成绩来之不易。
            """)
        XCTAssertNil(metadata.meeting)
        XCTAssertNil(metadata.reportDate)
    }

    func testTwoCharacterCountyInsideAPhraseIsNotAPlace() throws {
        let metadata = try extract("""
            各位代表:
            全县上下推动新时代县域经济高质量发展,乡村振兴县域样板加快建设,全县人民共同奋斗。
            """)
        XCTAssertNil(metadata.region, "代县 in 新时代县域 and 兴县 in 振兴县域 are not places")
    }

    func testTwoCharacterCountyNextToItsGovernmentIsAPlace() throws {
        let metadata = try extract("2019年陇县人民政府工作报告(全文)——在陇县第十七届人民代表大会第四次会议上县长赵甲文(2020年1月8日)各位代表:")
        XCTAssertEqual(metadata.region, Region(province: "陕西省", prefecture: "宝鸡市", county: "陇县", code: "610327"))
        XCTAssertEqual(metadata.reportDate, "2020-01-08")
        XCTAssertEqual(metadata.reportYear, 2020, "the delivery date outranks the title year")
        XCTAssertEqual(metadata.speaker, ReportMetadata.Speaker(name: "赵甲文", role: "县长"))
        XCTAssertEqual(metadata.meeting, ReportMetadata.Meeting(term: 17, session: 4))
    }
}
