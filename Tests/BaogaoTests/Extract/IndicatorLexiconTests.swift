import Foundation
import XCTest

@testable import Baogao

/// Reading the indicator lexicon file and reporting bad lines.
final class IndicatorLexiconTests: XCTestCase {
    private static let guidelineIds = [
        "gdp", "gdp_per_capita", "primary_industry_va", "secondary_industry_va", "tertiary_industry_va",
        "industrial_va_above_scale", "industrial_output_above_scale", "general_budget_revenue", "tax_revenue",
        "general_budget_expenditure", "fixed_asset_investment", "industrial_investment", "retail_sales",
        "foreign_trade_total", "exports", "imports", "fdi_utilized", "rd_expenditure", "rd_intensity",
        "invention_patents_per_10k", "high_tech_enterprises", "disposable_income_all", "disposable_income_urban",
        "disposable_income_rural", "cpi", "new_urban_jobs", "unemployment_rate_surveyed",
        "unemployment_rate_registered", "energy_intensity", "grain_output", "urbanization_rate",
        "resident_population", "deposit_balance", "loan_balance", "good_air_days_ratio", "forest_coverage",
    ]

    func testProjectLexiconMapsEveryGuidelineId() throws {
        let lexicon = try EntityTestSupport.lexicon()
        let mapped = Set(lexicon.definitions.filter(\.mapped).map(\.id))
        XCTAssertEqual(mapped, Set(Self.guidelineIds))
    }

    func testNamesTheGuidelineExcludesAreNotMapped() throws {
        let lexicon = try EntityTestSupport.lexicon()
        for name in ["财政收入", "地方级收入", "地方财政收入", "财政支出", "税收占比", "一般公共预算总收入"] {
            let owners = lexicon.definitions.filter { $0.names.contains(name) }
            XCTAssertFalse(owners.isEmpty, name)
            XCTAssertTrue(owners.allSatisfy { !$0.mapped }, name)
        }
    }

    func testValidRowsParse() throws {
        let tsv = "# comment\nid\tmapped\tlevel\tnames\tpair\ngdp\tyes\tmoney\t地区生产总值|生产总值\t\n"
        let lexicon = try IndicatorLexicon(tsv: tsv, source: "test.tsv")
        XCTAssertEqual(lexicon.definitions.map(\.names), [["地区生产总值", "生产总值"]])
    }

    func testCRLFLinesParse() throws {
        let tsv = "id\tmapped\tlevel\tnames\tpair\r\ngdp\tyes\tmoney\t地区生产总值|生产总值\t\r\ncpi\tyes\trate\t居民消费价格\r\n"
        let lexicon = try IndicatorLexicon(tsv: tsv, source: "crlf.tsv")
        XCTAssertEqual(lexicon.definitions.map(\.id), ["gdp", "cpi"])
        XCTAssertEqual(lexicon.definitions.map(\.names), [["地区生产总值", "生产总值"], ["居民消费价格"]])
    }

    func testUnknownLevelKindNamesFileAndLine() {
        let tsv = "id\tmapped\tlevel\tnames\tpair\ngdp\tyes\tmoney\t地区生产总值\t\ncpi\tyes\tsometimes\t居民消费价格\t\n"
        XCTAssertThrowsError(try IndicatorLexicon(tsv: tsv, source: "bad.tsv")) { error in
            let problem = error as? IndicatorLexiconError
            XCTAssertEqual(problem?.file, "bad.tsv")
            XCTAssertEqual(problem?.line, 3)
            XCTAssertEqual(problem?.description.hasPrefix("bad.tsv:3: unknown level kind"), true)
        }
    }

    func testWrongFieldCountNamesLine() {
        let tsv = "id\tmapped\tlevel\tnames\tpair\ngdp\tyes\n"
        XCTAssertThrowsError(try IndicatorLexicon(tsv: tsv, source: "short.tsv")) { error in
            XCTAssertEqual((error as? IndicatorLexiconError)?.line, 2)
        }
    }

    func testMissingHeaderIsAnError() {
        XCTAssertThrowsError(try IndicatorLexicon(tsv: "gdp\tyes\tmoney\t生产总值\t\n", source: "nohead.tsv"))
    }

    func testMissingFileErrorNamesTheFile() {
        let url = URL(fileURLWithPath: "/nonexistent/indicators.tsv")
        XCTAssertThrowsError(try IndicatorLexicon(contentsOf: url)) { error in
            XCTAssertEqual((error as? IndicatorLexiconError)?.file, "/nonexistent/indicators.tsv")
        }
    }
}
