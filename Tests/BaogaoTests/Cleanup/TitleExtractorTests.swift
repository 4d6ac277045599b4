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
}
