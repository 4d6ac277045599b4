import XCTest
@testable import Baogao

final class CharsetDecoderTests: XCTestCase {
    private let decoder = CharsetDecoder()
    private let source = PageSource(relativePath: "a/1.html", reportID: "a/1", pageNumber: 1)

    private func decode(_ bytes: [UInt8]) throws -> DecodedPage {
        try decoder.run(RawPage(source: source, bytes: bytes))
    }

    private func text(_ page: DecodedPage) -> String { String(decoding: page.utf8, as: UTF8.self) }

    func testUTF8PageDecodesAsUTF8() throws {
        let page = try decode(Array("<meta charset=\"utf-8\"><p>政府工作报告</p>".utf8))
        XCTAssertEqual(page.encoding, "utf-8")
        XCTAssertEqual(page.replacements, 0)
        XCTAssertTrue(text(page).contains("政府工作报告"))
    }

    func testDeclaredGB2312ButUTF8BytesDecodesAsUTF8() throws {
        let page = try decode(Array("<meta charset=\"gb2312\"><p>镕基埇桥区报告</p>".utf8))
        XCTAssertEqual(page.encoding, "utf-8")
        XCTAssertEqual(page.declaredCharset, "gb2312")
        XCTAssertTrue(text(page).contains("镕基埇桥区报告"))
    }

    func testDeclaredGB2312WithGBKOnlyCharactersIsReadAsGB18030WithoutTruncation() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>埇桥区朱镕基同志讲话，结尾在此。</p></body></html>"
        let page = try decode(LegacyEncoding.encode(html, as: "GBK"))
        XCTAssertEqual(page.encoding, "gb18030")
        XCTAssertEqual(page.replacements, 0)
        XCTAssertTrue(text(page).contains("埇桥区朱镕基同志讲话，结尾在此。"))
    }

    func testUndeclaredGBKWithChineseTitleBeforeMetaIsSniffedAsGB18030() throws {
        let html = "<html><head><title>某县人民政府工作报告</title></head><body><p>各位代表：现在，我代表县人民政府向大会报告工作。</p></body></html>"
        let page = try decode(LegacyEncoding.encode(html, as: "GBK"))
        XCTAssertNil(page.declaredCharset)
        XCTAssertEqual(page.encoding, "gb18030")
        XCTAssertTrue(text(page).contains("某县人民政府工作报告"))
    }

    func testInvalidGBKByteBecomesOneReplacementAndTheRestSurvives() throws {
        var bytes = LegacyEncoding.encode("<meta charset=\"gbk\"><p>前文", as: "GBK")
        bytes.append(0xFF)
        bytes += LegacyEncoding.encode("后文完整</p>", as: "GBK")
        let page = try decode(bytes)
        XCTAssertEqual(page.replacements, 1)
        XCTAssertTrue(text(page).contains("前文\u{FFFD}后文完整"))
    }

    func testUTF8WithAFewBadBytesIsRepairedNotReadAsGB() throws {
        var bytes = Array("<p>".utf8)
        for _ in 0..<20 { bytes += Array("地区生产总值增长百分之六。".utf8) }
        bytes.append(0xC3)
        bytes += Array("</p>".utf8)
        let page = try decode(bytes)
        XCTAssertEqual(page.encoding, "utf-8")
        XCTAssertEqual(page.replacements, 1)
    }

    func testUTF16WithBOMIsConverted() throws {
        let page = try decode([0xFF, 0xFE] + LegacyEncoding.encode("<p>报告正文</p>", as: "UTF-16LE"))
        XCTAssertEqual(page.encoding, "utf-16le")
        XCTAssertEqual(text(page), "<p>报告正文</p>")
    }

    func testUTF16WithoutBOMIsSniffed() throws {
        let page = try decode(LegacyEncoding.encode("<html><body><p>报告正文 report text</p></body></html>", as: "UTF-16LE"))
        XCTAssertEqual(page.encoding, "utf-16le")
        XCTAssertTrue(text(page).contains("报告正文 report text"))
    }

    func testUTF8BOMIsRemoved() throws {
        let page = try decode([0xEF, 0xBB, 0xBF] + Array("<p>正文</p>".utf8))
        XCTAssertEqual(text(page), "<p>正文</p>")
    }

    func testEmptyFileIsRefusedWithReason() {
        XCTAssertThrowsError(try decode([])) { error in
            XCTAssertEqual((error as? StageError)?.reason, "empty_file")
        }
    }

    func testBinaryDataIsRefusedWithReason() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        XCTAssertThrowsError(try decode(bytes)) { error in
            XCTAssertEqual((error as? StageError)?.reason, "binary_data")
        }
    }

    func testNULBytesAreRemovedAndCounted() throws {
        let page = try decode(Array("<p>正\0文</p>".utf8))
        XCTAssertEqual(page.removedNULs, 1)
        XCTAssertEqual(text(page), "<p>正文</p>")
    }
}
