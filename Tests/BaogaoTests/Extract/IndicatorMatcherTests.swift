import XCTest

@testable import Baogao

/// Indicator mentions: names, measures, coordinated pairs, exclusions, modality and period.
final class IndicatorMatcherTests: XCTestCase {
    private func indicators(_ text: String, metadata: ReportMetadata? = nil) throws -> [Entity] {
        try EntityTestSupport.entities(text, type: .indicator, metadata: metadata)
    }

    func testLevelAndGrowthGiveTwoMentionsFromTheName() throws {
        let found = try indicators("全县地区生产总值完成210亿元,同比增长6.1%;")
        XCTAssertEqual(found.map(\.surface), ["地区生产总值完成210亿元", "地区生产总值完成210亿元,同比增长6.1%"])
        XCTAssertEqual(found.map(\.start), [2, 2])
        XCTAssertEqual(found.map(\.indicator), ["gdp", "gdp"])
        XCTAssertEqual(found.map(\.measure), [.level, .growth])
        XCTAssertEqual(found.map(\.value), [.number(21_000_000_000), .number(6.1)])
        XCTAssertEqual(found.map(\.unit), ["CNY", "%"])
    }

    func testDeclineIsNegativeGrowth() throws {
        let found = try indicators("地方一般公共预算收入9.2亿元,可比下降4.3%")
        XCTAssertEqual(found.last?.measure, .growth)
        XCTAssertEqual(found.last?.value, .number(-4.3))
        XCTAssertEqual(found.first?.indicator, "general_budget_revenue")
    }

    func testAverageAnnualGrowthIsItsOwnMeasure() throws {
        let found = try indicators("社会消费品零售总额年均增长7.2%")
        XCTAssertEqual(found.map(\.measure), [.avg_annual_growth])
        XCTAssertEqual(found.map(\.indicator), ["retail_sales"])
    }

    func testGrowthOnlyFigureIsOneMention() throws {
        let found = try indicators("规模以上工业增加值同比增长8.8%")
        XCTAssertEqual(found.map(\.surface), ["规模以上工业增加值同比增长8.8%"])
    }

    func testCoordinatedIncomeGivesUrbanThenRural() throws {
        let found = try indicators("城乡居民人均可支配收入分别增长6.8%和8.1%")
        XCTAssertEqual(found.map(\.indicator), ["disposable_income_urban", "disposable_income_rural"])
        XCTAssertEqual(found.map(\.surface), ["城乡居民人均可支配收入分别增长6.8%", "城乡居民人均可支配收入分别增长6.8%和8.1%"])
        XCTAssertEqual(found.map(\.value), [.number(6.8), .number(8.1)])
    }

    func testCoordinatedIncomeWithOneValueIsAllResidents() throws {
        let found = try indicators("城乡居民人均可支配收入31200元,增长7%")
        XCTAssertEqual(found.map(\.indicator), ["disposable_income_all", "disposable_income_all"])
    }

    func testUrbanAndRuralNamesJoinedByConnectorArePaired() throws {
        let found = try indicators("城镇、农村居民人均可支配收入分别达到41000元和19800元")
        XCTAssertEqual(found.map(\.indicator), ["disposable_income_urban", "disposable_income_rural"])
        XCTAssertEqual(found.map(\.start), [0, 0])
        XCTAssertEqual(found.map(\.value), [.number(41_000), .number(19_800)])
    }

    func testQualifierIsCopiedFromTheNumber() throws {
        let found = try indicators("地区生产总值增长6%左右")
        XCTAssertEqual(found.map(\.qualifier), [.approx])
        XCTAssertEqual(found.map(\.surface), ["地区生产总值增长6%左右"])
    }

    func testRateLevelWithCeiling() throws {
        let found = try indicators("城镇调查失业率控制在5.5%以内")
        XCTAssertEqual(found.map(\.indicator), ["unemployment_rate_surveyed"])
        XCTAssertEqual(found.map(\.measure), [.level])
        XCTAssertEqual(found.map(\.qualifier), [.lte])
    }

    func testRateChangeInPointsIsGrowthInPp() throws {
        let found = try indicators("常住人口城镇化率提高1.2个百分点")
        XCTAssertEqual(found.map(\.unit), ["pp"])
        XCTAssertEqual(found.map(\.measure), [.growth])
    }

    func testConsumerPriceRiseIsGrowth() throws {
        let found = try indicators("居民消费价格上涨2.1%")
        XCTAssertEqual(found.map(\.indicator), ["cpi"])
        XCTAssertEqual(found.map(\.measure), [.growth])
        XCTAssertEqual(found.map(\.value), [.number(2.1)])
    }

    func testEnergyIntensityDeclineIsNegative() throws {
        XCTAssertEqual(try indicators("单位地区生产总值能耗下降3%").map(\.value), [.number(-3)])
    }

    func testGrainOutputUsesMeasureWordAndBaseUnits() throws {
        let found = try indicators("粮食总产量稳定在45万吨以上")
        XCTAssertEqual(found.map(\.unit), ["吨"])
        XCTAssertEqual(found.map(\.value), [.number(450_000)])
        XCTAssertEqual(found.map(\.qualifier), [.gte])
    }

    func testThresholdRestatingLevelIsNotAnotherIndicator() throws {
        let found = try indicators("地区生产总值完成502.3亿元,首次突破500亿元,增长5%")
        XCTAssertEqual(found.map(\.measure), [.level, .growth])
        XCTAssertEqual(found.map(\.value), [.number(50_230_000_000), .number(5)])
        XCTAssertEqual(found.last?.surface, "地区生产总值完成502.3亿元,首次突破500亿元,增长5%")
    }

    func testComparableBasisRestatementAfterHeadlineIsSkipped() throws {
        let found = try indicators("一般公共预算收入8亿元,增长3%,同口径完成8.4亿元,增长7%")
        XCTAssertEqual(found.map(\.value), [.number(800_000_000), .number(3)])
    }

    func testScopeWordsBeforeNameAreNotInSpan() throws {
        let found = try indicators("全市生产总值达到820亿元")
        XCTAssertEqual(found.map(\.surface), ["生产总值达到820亿元"])
    }

    func testNameBrokenByLineBreakIsMatched() throws {
        let found = try indicators("国内\n生产总值达到 126 万亿元")
        XCTAssertEqual(found.map(\.surface), ["国内\n生产总值达到 126 万亿元"])
        XCTAssertEqual(found.map(\.value), [.number(126_000_000_000_000)])
    }

    func testSpanNeverCrossesSemicolonOrFullStop() throws {
        XCTAssertEqual(try indicators("地区生产总值保持稳定;增长5%"), [])
        XCTAssertEqual(try indicators("固定资产投资稳步回升。增长9%"), [])
    }

    func testNotMappedStatisticsGiveNoIndicator() throws {
        let texts = [
            "财政总收入15亿元,增长3%", "一般公共预算总收入5382亿元、同口径增长1.9%", "地方财政收入1.9亿元、同比增长6%",
            "财政支出23亿元", "城乡居民人均收入分别增长8%和9%", "其中地方级收入26.5亿元,增长0.9%",
        ]
        for text in texts { XCTAssertEqual(try indicators(text), [], text) }
    }

    func testParkFiguresAreNotTheRegionsIndicator() throws {
        XCTAssertEqual(try indicators("园区规上工业总产值突破500亿元"), [])
        XCTAssertEqual(try indicators("中小微企业贷款余额达到667亿元,增长11.8%"), [])
    }

    func testCumulativeFiveYearTotalIsSkippedButAverageGrowthKept() throws {
        let found = try indicators("地区生产总值累计完成1288亿元,年均增长6.1%")
        XCTAssertEqual(found.map(\.measure), [.avg_annual_growth])
        XCTAssertEqual(found.first?.surface, "地区生产总值累计完成1288亿元,年均增长6.1%")
    }

    func testFromToFigureTakesTheEndPointAsLevel() throws {
        let found = try indicators("地区生产总值由2017年的1520亿元增加到2021年的2100亿元,年均增长6.8%")
        XCTAssertEqual(found.map(\.measure), [.level, .avg_annual_growth])
        XCTAssertEqual(found.first?.value, .number(210_000_000_000))
    }

    func testDurationBeforeLevelIsSkipped() throws {
        let found = try indicators("粮食总产量连续5年稳定在50亿斤以上")
        XCTAssertEqual(found.map(\.value), [.number(5_000_000_000)])
        XCTAssertEqual(found.map(\.unit), ["斤"])
    }

    func testShareOfAnotherIndicatorIsNotThatIndicator() throws {
        let found = try indicators("税收收入占一般公共预算收入比重达到75%")
        XCTAssertFalse(found.contains { $0.indicator == "general_budget_revenue" })
    }

    func testComparisonAfterGrowthIsNotAnIndicator() throws {
        let found = try indicators("地区生产总值增长5.5%,高于全国增速2.5个百分点")
        XCTAssertEqual(found.map(\.value), [.number(5.5)])
    }

    func testPlansAreTargetsForTheReportYear() throws {
        let metadata = ReportMetadata(reportDate: "2024-01-10", reportYear: 2024)
        let found = try indicators("今年经济社会发展主要预期目标是:地区生产总值增长6%左右", metadata: metadata)
        XCTAssertEqual(found.map(\.modality), [.target])
        XCTAssertEqual(found.map(\.period), ["2024"])
    }

    func testReviewFiguresAreOutcomesOfThePreviousYear() throws {
        let metadata = ReportMetadata(reportDate: "2024-01-10", reportYear: 2024)
        let found = try indicators("一、过去一年工作回顾\n预计全年地区生产总值增长5.2%", metadata: metadata)
        XCTAssertEqual(found.map(\.modality), [.actual])
        XCTAssertEqual(found.map(\.period), ["2023"])
    }

    func testExplicitYearInSentenceSetsPeriod() throws {
        let found = try indicators("2021年,实现生产总值288亿元,年均增长5%")
        XCTAssertEqual(found.map(\.period), ["2021", "2017-2021"])
    }

    func testDollarIndicatorUsesCurrencyAsUnit() throws {
        let found = try indicators("人均地区生产总值突破1万美元")
        XCTAssertEqual(found.map(\.indicator), ["gdp_per_capita"])
        XCTAssertEqual(found.map(\.unit), ["USD"])
        XCTAssertEqual(found.map(\.qualifier), [.gte])
    }

    func testIndicatorMentionsAreSortedAmongNumbers() throws {
        let all = try EntityTestSupport.entities("固定资产投资完成38亿元,增长23%;新建学校3所。")
        XCTAssertEqual(all.map(\.start), all.map(\.start).sorted())
        XCTAssertEqual(all.map(\.type), [.indicator, .indicator, .money, .percent, .quantity])
    }
}
