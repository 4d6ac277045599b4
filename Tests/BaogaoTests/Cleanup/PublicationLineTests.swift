import XCTest
@testable import Baogao

final class PublicationLineTests: XCTestCase {
    func testAShortLineWithACueIsAPublicationLine() {
        let key = MatchKey.of("发布时间：2023-01-05 来源：市政府办公室")
        XCTAssertTrue(PublicationLine.isPublicationLine(key, hasCue: true))
        XCTAssertFalse(PublicationLine.isPublicationLine(key, hasCue: false))
        XCTAssertEqual(PublicationLine.firstDate(in: Array(key.unicodeScalars)), "2023-01-05")
    }

    func testALineOfMoreThanEightyCharactersIsProseWhateverItHolds() {
        let long = MatchKey.of("来源:" + String(repeating: "经济", count: 40))
        XCTAssertFalse(PublicationLine.isPublicationLine(long, hasCue: true))
    }
}
