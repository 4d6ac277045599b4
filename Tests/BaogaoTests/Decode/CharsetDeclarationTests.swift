import XCTest
@testable import Baogao

final class CharsetDeclarationTests: XCTestCase {
    func testMetaCharsetAndHTTPEquivAreFound() {
        XCTAssertEqual(CharsetDeclaration.find(in: Array("<meta charset='GB2312'>".utf8)), "gb2312")
        XCTAssertEqual(CharsetDeclaration.find(in: Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">".utf8)), "gbk")
    }

    func testNoDeclarationGivesNil() {
        XCTAssertNil(CharsetDeclaration.find(in: Array("<html><title>t</title></html>".utf8)))
    }

    func testGBFamilyNamesAreRecognised() {
        XCTAssertTrue(CharsetDeclaration.isGBFamily("gb2312"))
        XCTAssertTrue(CharsetDeclaration.isGBFamily("gbk"))
        XCTAssertFalse(CharsetDeclaration.isGBFamily("big5"))
    }
}
