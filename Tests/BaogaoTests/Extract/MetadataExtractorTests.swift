import Baogao
import XCTest

final class MetadataExtractorTests: XCTestCase {
    private func extractor() throws -> MetadataExtractor {
        MetadataExtractor(gazetteer: try Gazetteer.project.get())
    }

    private func extract(title: String = "", _ text: String) throws -> ReportMetadata {
        try extractor().extract(title: title, text: text)
    }

    func testSeedStyleTitleGivesRegionDateAndYear() throws {
        let metadata = try extract(
            title: "(江苏省)徐州市铜山区人民政府工作报告(2023年1月2日)",
            "  各位代表,过去的一年,我们在应对挑战中主动作为。是全区人民共同奋斗的结果。")
        XCTAssertEqual(metadata.region, Region(province: "江苏省", prefecture: "徐州市", county: "铜山区", code: "320312"))
        XCTAssertEqual(metadata.reportDate, "2023-01-02")
        XCTAssertEqual(metadata.reportYear, 2023)
        XCTAssertNil(metadata.speaker)
        XCTAssertNil(metadata.meeting)
    }

    func testFullHeaderGivesEveryField() throws {
        let metadata = try extract("""
            政府工作报告
            ——2021年1月9日在博野县第十六届人民代表大会第五次会议上
            县长 李明华
            各位代表:
            现在,我代表县人民政府向大会报告工作。
            """)
        XCTAssertEqual(metadata.region, Region(province: "河北省", prefecture: "保定市", county: "博野县", code: "130637"))
        XCTAssertEqual(metadata.reportDate, "2021-01-09")
        XCTAssertEqual(metadata.reportYear, 2021)
        XCTAssertEqual(metadata.speaker, ReportMetadata.Speaker(name: "李明华", role: "县长"))
        XCTAssertEqual(metadata.meeting, ReportMetadata.Meeting(term: 16, session: 5))
    }

    func testShortNameNextToGovernmentResolvesWithTheSpeakersTitle() throws {
        let metadata = try extract("""
            2022年博野政府工作报告
            各位代表:
            现在,我代表县人民政府,向大会报告政府工作。
            """)
        XCTAssertEqual(metadata.region?.code, "130637")
        XCTAssertEqual(metadata.reportYear, 2022)
        XCTAssertNil(metadata.reportDate, "a title year is not a delivery date")
    }

    func testFormerNameIsChosenByTheReportYear() throws {
        let before = try extract("2008年铜山政府工作报告\n各位代表:\n我代表县人民政府报告工作。")
        XCTAssertEqual(before.region, Region(province: "江苏省", prefecture: "徐州市", county: "铜山县", code: "320323"))
        let after = try extract("2015年铜山政府工作报告\n各位代表:\n我代表区人民政府报告工作。")
        XCTAssertEqual(after.region?.code, "320312")
        let written = try extract("——2006年1月10日在铜山县第十四届人民代表大会第四次会议上\n各位代表:")
        XCTAssertEqual(written.region?.county, "铜山县")
        XCTAssertEqual(written.region?.code, "320323")
    }

    func testUnitAbolishedLongBeforeTheReportIsNotMatchedInsideWords() throws {
        let metadata = try extract("2025年全市新增城市绿地2平方公里,新建口袋公园15个。2026年继续推进。")
        XCTAssertNil(metadata.region)
    }

    func testRecodedUnitTakesTheCodeOfTheReportYear() throws {
        let recent = try extract("——2021年1月6日在曾都区第三届人民代表大会第五次会议上\n各位代表:")
        XCTAssertEqual(recent.region?.code, "421303")
        let early = try extract("——2005年1月6日在曾都区第一届人民代表大会第三次会议上\n各位代表:")
        XCTAssertEqual(early.region?.code, "421302")
    }

    func testAmbiguousCountyNameKeepsOnlyTheCounty() throws {
        let metadata = try extract("——2021年12月20日在新华区第十届人民代表大会第一次会议上\n区长 周 明\n各位代表:")
        XCTAssertEqual(metadata.region, Region(province: nil, prefecture: nil, county: "新华区", code: nil))
        let placed = try extract("沧州市新华区政府工作报告\n各位代表:")
        XCTAssertEqual(placed.region, Region(province: "河北省", prefecture: "沧州市", county: "新华区", code: "130902"))
    }

    func testProvinceLevelCityHasNoPrefectureOrCounty() throws {
        let metadata = try extract("政府工作报告 ——2024年1月23日在重庆市第六届人民代表大会第二次会议上 重庆市市长 胡 衡 各位代表:")
        XCTAssertEqual(metadata.region, Region(province: "重庆市", prefecture: nil, county: nil, code: "500000"))
        XCTAssertEqual(metadata.speaker, ReportMetadata.Speaker(name: "胡衡", role: "市长"))
        XCTAssertEqual(metadata.meeting, ReportMetadata.Meeting(term: 6, session: 2))
    }

    func testStateCouncilReportHasNoRegion() throws {
        let metadata = try extract("""
            政府工作报告
            ——2019 年 3 月 5 日在第十三届全国人民代表大会第二次会议上
            国务院总理 张 伟
            各位代表:
            现在,我代表国务院,向大会报告政府工作。全国各族人民……
            """)
        XCTAssertNil(metadata.region)
        XCTAssertEqual(metadata.reportDate, "2019-03-05")
        XCTAssertEqual(metadata.speaker, ReportMetadata.Speaker(name: "张伟", role: "国务院总理"))
        XCTAssertEqual(metadata.meeting, ReportMetadata.Meeting(term: 13, session: 2))
    }

    func testWholeCountyPhrasesAndTitlesAreNotPlaces() throws {
        let metadata = try extract("""
            各位代表:
            全县上下团结一心,全区、全市经济稳中向好。县长办公会议、区委常委会研究部署乡村振兴。
            """)
        XCTAssertNil(metadata.region)
        let acting = try extract("博野县政府工作报告\n代县长 王志强\n各位代表:")
        XCTAssertEqual(acting.region?.code, "130637", "代县 inside 代县长 is not the county 代县")
        XCTAssertEqual(acting.speaker, ReportMetadata.Speaker(name: "王志强", role: "代县长"))
    }

    func testBodyOnlyPassageResolvesFromTheGovernmentItRepresents() throws {
        let metadata = try extract("""
            各位代表:
            现在,我代表建平县人民政府,向大会报告政府工作,请予审议。
            较好完成了县十七届人大三次会议确定的目标任务。
            """)
        XCTAssertEqual(metadata.region?.code, "211322")
        XCTAssertNil(metadata.meeting, "a session the body mentions is not the meeting")
    }

    func testCityPassageWithoutHeaderResolvesFromRepeatedMentions() throws {
        let metadata = try extract("""
            今年市政府工作的总体要求是:深入贯彻落实中央和自治区决策部署,加快建设新时代壮美广西的桂林样板。
            全市上下要牢记嘱托,推动桂林高质量发展。
            """)
        XCTAssertEqual(metadata.region, Region(province: "广西壮族自治区", prefecture: "桂林市", county: nil, code: "450300"))
    }

    func testPassageWithoutPlaceHasNoRegion() throws {
        let metadata = try extract("""
            今年主要预期目标是:全县地区生产总值增长7%左右,一般公共预算收入增长6%。
            深入实施乡村振兴战略,推进新型城镇化,比如推动和平共处、合作共赢。
            """)
        XCTAssertNil(metadata.region)
        XCTAssertNil(metadata.reportYear)
    }
}
