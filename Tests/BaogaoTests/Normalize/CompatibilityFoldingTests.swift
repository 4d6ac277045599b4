import Foundation
import XCTest
@testable import Baogao

final class CompatibilityFoldingTests: XCTestCase {
    private func assertSameAsFoundation(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(CompatibilityFolding.nfkc(text), text.precomposedStringWithCompatibilityMapping, file: file, line: line)
    }

    func testFullWidthFormsFoldLikeFoundation() {
        assertSameAsFoundation("地区生产总值增长６．５％，达到２３０亿元；（一）“示范”。、《报告》")
        assertSameAsFoundation("\u{3000}\u{3000}各位代表：")
    }

    func testCircledAndParenthesisedNumbersFoldLikeFoundation() {
        assertSameAsFoundation("①②③ ㈠㈡ ⑴⑵ ㎡ ℃ ™ ﹐﹑")
    }

    func testCombiningSequencesAndHangulGoToFoundation() {
        assertSameAsFoundation("e\u{301} ｶﾞ 한국 \u{1100}\u{1161}")
    }

    func testEveryTabledScalarFoldsLikeFoundation() {
        for range: ClosedRange<UInt32> in [0x00A0...0x33FF, 0xF900...0xFFEF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "甲" + String(scalar) + "乙"
                XCTAssertEqual(CompatibilityFolding.nfkc(text), text.precomposedStringWithCompatibilityMapping,
                               "U+\(String(value, radix: 16))")
            }
        }
    }

    func testEveryScalarReadFromItsLeadByteAloneIsItsOwnNFKC() {
        // U+4000–U+9FFF (lead bytes E4–E9) are taken as they are without a look at the table.
        var text = ""
        for value: UInt32 in 0x4000...0x9FFF { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        XCTAssertEqual(text.precomposedStringWithCompatibilityMapping, text)
        XCTAssertEqual(CompatibilityFolding.nfkc(text), text)
    }

    func testPlainTextIsReturnedAsIs() {
        assertSameAsFoundation("plain ASCII and 中文 only")
    }
}
