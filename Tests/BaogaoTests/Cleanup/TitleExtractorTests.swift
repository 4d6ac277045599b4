import XCTest
@testable import Baogao

final class TitleExtractorTests: XCTestCase {
    func testSiteSuffixesAreCutFromTheDocumentTitle() {
        XCTAssertEqual(TitleExtractor.cleaned("某市政府工作报告_报告_示例网", suffixes: []), "某市政府工作报告")
        XCTAssertEqual(TitleExtractor.cleaned("某市政府工作报告 - 示例网", suffixes: []), "某市政府工作报告")
        XCTAssertEqual(TitleExtractor.cleaned("某市政府工作报告【示例网】", suffixes: ["【示例网】"]), "某市政府工作报告")
    }

    func testTitleWithParenthesesAndDashKeepsItsWords() {
        XCTAssertEqual(TitleExtractor.cleaned("(江苏省)徐州市铜山区人民政府工作报告(2023年1月2日)", suffixes: []),
                       "(江苏省)徐州市铜山区人民政府工作报告(2023年1月2日)")
    }

    func testHyphenBetweenDigitsIsPartOfTheTitle() {
        XCTAssertEqual(TitleExtractor.cleaned("某市国民经济和社会发展规划(2021-2025年)-示例网", suffixes: []),
                       "某市国民经济和社会发展规划(2021-2025年)")
        XCTAssertEqual(TitleExtractor.cleaned("某县2023年政府工作报告_政府工作报告_示例网 - 手机版", suffixes: []), "某县2023年政府工作报告")
    }
}
