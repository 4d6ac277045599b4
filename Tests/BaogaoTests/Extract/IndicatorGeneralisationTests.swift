import XCTest

@testable import Baogao

/// Indicator phrasings beyond the dev passages, on sentences written for these tests.
final class IndicatorGeneralisationTests: XCTestCase {
    private func indicators(_ text: String) throws -> [Entity] {
        try EntityTestSupport.entities(text, type: .indicator)
    }

    func testTwoNamesWithOwnLevelsShareASplitGrowthPair() throws {
        let text = "全市出口56.2亿元,进口18.4亿元,分别增长11.3%和4.7%。"
        let found = try indicators(text)
        XCTAssertEqual(found.map(\.indicator), ["exports", "exports", "imports", "imports"])
        XCTAssertEqual(found.map(\.measure), [.level, .growth, .level, .growth])
        XCTAssertEqual(found.map(\.value), [.number(5_620_000_000), .number(11.3), .number(1_840_000_000), .number(4.7)])
        XCTAssertEqual(found[1].surface, "出口56.2亿元,进口18.4亿元,分别增长11.3%")
        XCTAssertEqual(found[3].surface, "进口18.4亿元,分别增长11.3%和4.7%")
    }

    func testNamesJoinedByEnumerationCommaShareASplitPair() throws {
        let found = try indicators("存款余额、贷款余额分别增长7.5%和9.1%")
        XCTAssertEqual(found.map(\.indicator), ["deposit_balance", "loan_balance"])
        XCTAssertEqual(found.map(\.value), [.number(7.5), .number(9.1)])
        XCTAssertEqual(found.map(\.surface), ["存款余额、贷款余额分别增长7.5%", "贷款余额分别增长7.5%和9.1%"])
    }

    func testSingleGrowthAfterTwoNamesStaysWithTheNearestName() throws {
        let found = try indicators("税收收入12亿元,一般公共预算收入20亿元,增长6%")
        XCTAssertEqual(found.filter { $0.measure == .growth }.map(\.indicator), ["general_budget_revenue"])
    }

    func testCompletionRateBetweenLevelAndGrowthIsSkipped() throws {
        let found = try indicators("工业投资完成58.3亿元,完成年度目标的96.1%,同比增长12.4%")
        XCTAssertEqual(found.map(\.measure), [.level, .growth])
        XCTAssertEqual(found.last?.value, .number(12.4))
        XCTAssertEqual(found.last?.surface, "工业投资完成58.3亿元,完成年度目标的96.1%,同比增长12.4%")
    }

    func testLevelAfterGrowthFollowsTheComma() throws {
        let found = try indicators("外贸进出口总额增长8.2%,总量突破40亿美元")
        XCTAssertEqual(found.map(\.measure), [.growth, .level])
        XCTAssertEqual(found.last?.value, .number(4_000_000_000))
        XCTAssertEqual(found.last?.unit, "USD")
        XCTAssertEqual(found.last?.qualifier, .gte)
    }

    func testOtherFigureAfterGrowthIsNotALevel() throws {
        let found = try indicators("固定资产投资增长9%,民间投资210亿元")
        XCTAssertEqual(found.map(\.measure), [.growth])
    }

    func testCumulativeTotalBeforeTheNameIsNoLevel() throws {
        let found = try indicators("三年累计完成固定资产投资880亿元,年均增长7.6%")
        XCTAssertEqual(found.map(\.measure), [.avg_annual_growth])
    }

    func testWholeTermSentenceMakesNewJobsCumulative() throws {
        XCTAssertEqual(try indicators("五年来,城镇新增就业4.6万人,脱贫群众稳定增收。"), [])
        XCTAssertEqual(try indicators("全年城镇新增就业4.6万人。").map(\.indicator), ["new_urban_jobs"])
    }

    func testSectorBeforeTheNameMakesItASubsector() throws {
        XCTAssertEqual(try indicators("装备制造业规模以上工业增加值增长13%"), [])
        XCTAssertEqual(try indicators("沿线国家出口增长21%"), [])
        XCTAssertEqual(try indicators("全县规模以上工业增加值增长13%").map(\.indicator), ["industrial_va_above_scale"])
    }

    func testNewlyCertifiedCountIsNotTheStock() throws {
        let found = try indicators("新增国家高新技术企业40家,总数达到310家")
        XCTAssertEqual(found.map(\.value), [])
        let stock = try indicators("国家高新技术企业总数达到310家")
        XCTAssertEqual(stock.map(\.value), [.number(310)])
    }

    func testNationalEnergyIntensityIsNotGDP() throws {
        let found = try indicators("单位国内生产总值能耗降低2.5%左右")
        XCTAssertEqual(found.map(\.indicator), ["energy_intensity"])
        XCTAssertEqual(found.first?.value, .number(-2.5))
    }

    func testRAndDNamesWithInvestmentAndShareWording() throws {
        XCTAssertEqual(try indicators("研发经费投入增长11%").map(\.indicator), ["rd_expenditure"])
        let share = try indicators("R&D经费支出占GDP比重达到2.4%")
        XCTAssertEqual(share.map(\.indicator), ["rd_intensity"])
        XCTAssertEqual(share.map(\.measure), [.level])
    }

    func testUnemploymentRateWithoutTownPrefixIsMapped() throws {
        let found = try indicators("调查失业率保持在5.3%左右")
        XCTAssertEqual(found.map(\.indicator), ["unemployment_rate_surveyed"])
        XCTAssertEqual(found.first?.qualifier, .approx)
    }

    func testBracketedAliasIsPartOfTheName() throws {
        let found = try indicators("全年地区生产总值(GDP)达到318亿元,增长5.9%")
        XCTAssertEqual(found.map(\.surface), ["地区生产总值(GDP)达到318亿元", "地区生产总值(GDP)达到318亿元,增长5.9%"])
        XCTAssertEqual(try indicators("居民消费价格指数(CPI)上涨2.3%").map(\.start), [0])
    }
}
