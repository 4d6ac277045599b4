import XCTest

@testable import Baogao

/// Numbers, magnitudes, units and qualifiers, on sentences written for these tests.
final class NumberScannerTests: XCTestCase {
    private func single(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Entity {
        let found = try EntityTestSupport.numbers(text)
        XCTAssertEqual(found.count, 1, "\(found)", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }

    func testWanYiMagnitudeMultipliesValue() throws {
        let money = try single("全年完成投资3.5亿元。")
        XCTAssertEqual(money.type, .money)
        XCTAssertEqual(money.surface, "3.5亿元")
        XCTAssertEqual(money.start, 6)
        XCTAssertEqual(money.value, .number(350_000_000))
        XCTAssertEqual(money.currency, "CNY")
    }

    func testWanYiTogetherMultiplyByTenToTheTwelfth() throws {
        let money = try single("经济总规模达到12.6万亿元")
        XCTAssertEqual(money.value, .number(12_600_000_000_000))
    }

    func testWanYuanIsTenThousandYuan() throws {
        XCTAssertEqual(try single("发放补贴6760万元").value, .number(67_600_000))
    }

    func testDollarAmountsAreUSD() throws {
        let money = try single("外贸出口创汇2.3亿美元")
        XCTAssertEqual(money.currency, "USD")
        XCTAssertEqual(money.value, .number(230_000_000))
    }

    func testSpacesInsideAmountStayInSurface() throws {
        let money = try single("总额 134.9 万亿元")
        XCTAssertEqual(money.surface, "134.9 万亿元")
        XCTAssertEqual(money.value, .number(134_900_000_000_000))
    }

    func testPercentSignAfterSpaceIsPercent() throws {
        let percent = try single("同比增长23 %")
        XCTAssertEqual(percent.type, .percent)
        XCTAssertEqual(percent.surface, "23 %")
        XCTAssertEqual(percent.value, .number(23))
    }

    func testGePercentagePointIsPercentagePoint() throws {
        let point = try single("比上年下降0.3个百分点")
        XCTAssertEqual(point.type, .percentage_point)
        XCTAssertEqual(point.value, .number(0.3))
    }

    func testMeasureWordBecomesQuantityUnit() throws {
        let schools = try single("新建学校12所")
        XCTAssertEqual(schools.type, .quantity)
        XCTAssertEqual(schools.unit, "所")
        let visits = try single("培训1.8万人次")
        XCTAssertEqual(visits.unit, "人次")
        XCTAssertEqual(visits.value, .number(18_000))
        XCTAssertEqual(try single("用时4个月").unit, "个月")
        XCTAssertEqual(try single("纪念建馆60周年").unit, "周年")
    }

    func testMagnitudeBeforeNounIsQuantityWithoutUnit() throws {
        let people = try single("惠及2.6万群众")
        XCTAssertEqual(people.type, .quantity)
        XCTAssertEqual(people.surface, "2.6万")
        XCTAssertNil(people.unit)
        XCTAssertEqual(people.value, .number(26_000))
    }

    func testNumberWithoutUnitOrMagnitudeIsIgnored() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("拨打12345热线,编号 35,"), [])
    }

    func testYuAfterWanIsGteNotARange() throws {
        let count = try single("新增市场主体1.5万余个")
        XCTAssertEqual(count.surface, "1.5万余个")
        XCTAssertEqual(count.value, .number(15_000))
        XCTAssertNil(count.valueMax)
        XCTAssertEqual(count.qualifier, .gte)
    }

    func testDuoBeforeWanIsGte() throws {
        let people = try single("带动300多万农民增收")
        XCTAssertEqual(people.surface, "300多万")
        XCTAssertEqual(people.value, .number(3_000_000))
        XCTAssertEqual(people.qualifier, .gte)
    }

    func testDuoBetweenWanAndYiKeepsBothMagnitudes() throws {
        let money = try single("社会融资4万多亿元")
        XCTAssertEqual(money.value, .number(4_000_000_000_000))
        XCTAssertEqual(money.qualifier, .gte)
    }

    func testYuBeforeMeasureWordIsGte() throws {
        let people = try single("安置1800余名工人")
        XCTAssertEqual(people.surface, "1800余名")
        XCTAssertEqual(people.unit, "名")
        XCTAssertEqual(people.qualifier, .gte)
    }

    func testQualifierBeforeNumberJoinsSurface() throws {
        let cases: [(String, String, Entity.Qualifier)] = [
            ("累计投入超过12亿元", "超过12亿元", .gte), ("营收突破500亿元", "突破500亿元", .gte),
            ("资金超45亿元", "超45亿元", .gte), ("吸纳逾2000人", "逾2000人", .gte), ("约1200人参加", "约1200人", .approx),
            ("占比近30%", "近30%", .nearly), ("接近50%", "接近50%", .nearly), ("负债率不超过3.5%", "不超过3.5%", .lte),
        ]
        for (text, surface, qualifier) in cases {
            let entity = try single(text)
            XCTAssertEqual(entity.surface, surface, text)
            XCTAssertEqual(entity.qualifier, qualifier, text)
        }
    }

    func testQualifierCharacterInsideAWordIsNotAQualifier() throws {
        let threshold = try single("集中签约亿元以上项目")
        XCTAssertEqual(threshold.surface, "亿元以上")
        XCTAssertEqual(try single("附近3家").surface, "3家")
    }

    func testQualifierAfterUnitJoinsSurface() throws {
        let cases: [(String, String, Entity.Qualifier)] = [
            ("增长6%左右", "6%左右", .approx), ("建设10亩以上", "10亩以上", .gte), ("控制在3%以内", "3%以内", .lte),
            ("对50岁以下人员", "50岁以下", .lte), ("项目投资5000万元以上", "5000万元以上", .gte),
        ]
        for (text, surface, qualifier) in cases {
            let entity = try single(text)
            XCTAssertEqual(entity.surface, surface, text)
            XCTAssertEqual(entity.qualifier, qualifier, text)
        }
    }

    func testVerbsBeforeNumberStayOutOfSurface() throws {
        for verb in ["达到", "完成", "增长", "控制在", "稳定在"] {
            XCTAssertEqual(try single("收入\(verb)120亿元").surface, "120亿元", verb)
        }
    }

    func testJinBeforeYearsMeansRecentNotNearly() throws {
        let years = try single("近3年来")
        XCTAssertEqual(years.surface, "3年")
        XCTAssertNil(years.qualifier)
    }

    func testRangeEndsAreTwoMentionsSharingTheUpperUnit() throws {
        let counts = try EntityTestSupport.numbers("每年新增3至5个")
        XCTAssertEqual(counts.map(\.surface), ["3", "5个"])
        XCTAssertEqual(counts.map(\.unit), ["个", "个"])
        XCTAssertEqual(counts.map(\.value), [.number(3), .number(5)])
        let percents = try EntityTestSupport.numbers("预期增长6%-7%")
        XCTAssertEqual(percents.map(\.surface), ["6%", "7%"])
        XCTAssertEqual(percents.map(\.value), [.number(6), .number(7)])
        let people = try EntityTestSupport.numbers("吸纳3到5万人")
        XCTAssertEqual(people.map(\.value), [.number(30_000), .number(50_000)])
        XCTAssertTrue(people.allSatisfy { $0.valueMax == nil })
    }

    func testMonthRangeWithoutYearIsNoMention() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("1至11月,园区运行平稳"), [])
    }

    func testUnitWithSlashKeepsBothParts() throws {
        let density = try single("细颗粒物平均浓度降至31微克/立方米")
        XCTAssertEqual(density.surface, "31微克/立方米")
        XCTAssertEqual(density.unit, "微克/立方米")
        let capacity = try single("新建产能12万吨/年的生产线")
        XCTAssertEqual(capacity.unit, "吨/年")
        XCTAssertEqual(capacity.value, .number(120_000))
    }

    func testPlaceholderBeforeMagnitudeIsNotAnAmount() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("20XX年全县财政收入达到XX亿元"), [])
        XCTAssertEqual(try EntityTestSupport.numbers("签约亿元以上项目,总投资XX亿元").map(\.surface), ["亿元以上"])
    }

    func testMultiplicationIsOneMentionWithTheProduct() throws {
        let capacity = try single("建设2×35万千瓦机组")
        XCTAssertEqual(capacity.surface, "2×35万千瓦")
        XCTAssertEqual(capacity.value, .number(700_000))
        XCTAssertEqual(capacity.unit, "千瓦")
    }

    func testCapacityInsideProjectNameIsQuantity() throws {
        let capacity = try single("热电厂50兆瓦背压机组")
        XCTAssertEqual(capacity.unit, "兆瓦")
        XCTAssertEqual(capacity.value, .number(50))
    }

    func testCoordinatedPairSharesTheUnit() throws {
        let points = try EntityTestSupport.numbers("分别下降1.5和0.6个百分点")
        XCTAssertEqual(points.map(\.type), [.percentage_point, .percentage_point])
        XCTAssertEqual(points.map(\.surface), ["1.5", "0.6个百分点"])
        XCTAssertEqual(points.map(\.value), [.number(1.5), .number(0.6)])
    }

    func testCoordinatedPairSharesMagnitudeAndUnit() throws {
        let tons = try EntityTestSupport.numbers("产量分别为1.2和0.8万吨")
        XCTAssertEqual(tons.map(\.value), [.number(12_000), .number(8_000)])
        XCTAssertEqual(tons.map(\.unit), ["吨", "吨"])
    }

    func testTrailingQualifierSpreadsOverCoordinatedPair() throws {
        let percents = try EntityTestSupport.numbers("分别增长6%和7%左右")
        XCTAssertEqual(percents.map(\.surface), ["6%", "7%左右"])
        XCTAssertEqual(percents.map(\.qualifier), [.approx, .approx])
    }

    func testEachMemberKeepsItsOwnQualifier() throws {
        let percents = try EntityTestSupport.numbers("分别增长6%左右和7.5%左右")
        XCTAssertEqual(percents.map(\.surface), ["6%左右", "7.5%左右"])
    }

    func testAdjacentCountsStaySeparate() throws {
        let counts = try EntityTestSupport.numbers("由2361户8420人减至95户260人")
        XCTAssertEqual(counts.map(\.surface), ["2361户", "8420人", "95户", "260人"])
    }

    func testMinusSignMakesValueNegativeButRangeDashDoesNot() throws {
        let percent = try single("增长-3.2%")
        XCTAssertEqual(percent.surface, "-3.2%")
        XCTAssertEqual(percent.value, .number(-3.2))
        XCTAssertEqual(try EntityTestSupport.numbers("新增3-5个").map(\.value), [.number(3), .number(5)])
    }

    func testThousandsSeparatorIsPartOfTheNumber() throws {
        XCTAssertEqual(try single("改造1,250户").value, .number(1_250))
    }

    func testChineseNumeralWithMagnitudeAndUnitIsRead() throws {
        XCTAssertEqual(try single("争取资金两亿元").value, .number(200_000_000))
        XCTAssertEqual(try single("投入三千万元").value, .number(30_000_000))
        XCTAssertEqual(try single("产量一百二十万吨").value, .number(1_200_000))
        let people = try single("招录两千多名")
        XCTAssertEqual(people.value, .number(2_000))
        XCTAssertEqual(people.qualifier, .gte)
    }

    func testBareYiYuanIsOneHundredMillion() throws {
        let threshold = try single("签约亿元以上项目")
        XCTAssertEqual(threshold.surface, "亿元以上")
        XCTAssertEqual(threshold.value, .number(100_000_000))
        XCTAssertEqual(threshold.qualifier, .gte)
        XCTAssertEqual(try single("一批亿元项目").value, .number(100_000_000))
    }

    func testQianYiAndWanYiYuanAreMoney() throws {
        XCTAssertEqual(try single("打造千亿元产业集群").value, .number(100_000_000_000))
        XCTAssertEqual(try single("迈上万亿元台阶").value, .number(1_000_000_000_000))
        let money = try single("投资逾百亿元")
        XCTAssertEqual(money.value, .number(10_000_000_000))
        XCTAssertEqual(money.qualifier, .gte)
    }

    func testChineseAmountWithoutUnitIsIgnored() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("营收突破百亿,人口过万"), [])
    }

    func testChineseCountWithoutMagnitudeIsIgnored() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("五年来,连续十年办好三件大事,十四个乡镇"), [])
    }

    func testBareMagnitudeBeforeNonMoneyUnitIsIgnored() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("走进千家万户,亿万人民,万人大会"), [])
    }

    func testPlanNamesAreNotNumbers() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("“十四五”规划顺利收官,“十五五”开局"), [])
    }

    func testSessionNumbersAreNotQuantities() throws {
        let text = "在第十八届人民代表大会第二次会议上,较好完成县十七届人大三次会议确定的任务"
        XCTAssertEqual(try EntityTestSupport.numbers(text), [])
    }

    func testSloganNumbersAreIgnored() throws {
        let text = "共建一带一路,做好三农工作,落实六稳,建立“1324”工作机制,“2+N”产业集群,“12·16”地震"
        XCTAssertEqual(try EntityTestSupport.numbers(text), [])
    }

    func testChineseDigitsInsideWordsAreNotNumbers() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("一般性支出压减,零售业态升级,一心一意"), [])
    }

    func testNumbersGluedToLatinLettersAreIgnored() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("PM2.5浓度下降,建成5G基站,G318国道,COVID-19"), [])
    }

    func testWorldTop500IsNotAQuantityButItsCountIs() throws {
        let found = try EntityTestSupport.numbers("落户世界500强企业268家")
        XCTAssertEqual(found.map(\.surface), ["268家"])
    }

    func testOrdinalsAndListMarkersAreIgnored() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("第一,一是,(一)加快发展,位列第2位,1.加快,第3名"), [])
    }

    func testNoteMarkersAreIgnored() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("实现“两个快于”[14]“一个优化”[16]"), [])
    }

    func testStructureRatiosAreIgnored() throws {
        XCTAssertEqual(try EntityTestSupport.numbers("三次产业比调整为11.8:48.3:39.9"), [])
        XCTAssertEqual(try EntityTestSupport.numbers("三次产业比调整为11.8..48.3..39.9"), [])
    }

    func testWanYuanInsideIndicatorNameIsNotMoney() throws {
        let found = try EntityTestSupport.numbers("万元GDP能耗下降3.2%")
        XCTAssertEqual(found.map(\.type), [.percent])
    }

    func testWanRenKouInsideIndicatorNameIsNotQuantity() throws {
        let found = try EntityTestSupport.numbers("每万人口发明专利拥有量达到15.2件")
        XCTAssertEqual(found.map(\.surface), ["15.2件"])
    }

    func testStartCountsUnicodeScalarsNotBytes() throws {
        let text = "各位代表:全县完成投资8亿元"
        let money = try single(text)
        XCTAssertEqual(money.start, EntityTestSupport.offset(of: "8亿元", in: text))
        XCTAssertEqual(money.start, 11)
    }
}
