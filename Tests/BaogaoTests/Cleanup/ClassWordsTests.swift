import XCTest
@testable import Baogao

final class ClassWordsTests: XCTestCase {
    func testWholeASCIIWordsAreMatchedAfterSplittingOnOtherCharacters() {
        XCTAssertTrue(ClassWords.kinds(of: "main-content share_bar").boilerplate)
        XCTAssertTrue(ClassWords.kinds(of: "main-content share_bar").content)
        XCTAssertEqual(ClassWords.kinds(of: "nav2 top").boilerplate, true)
        XCTAssertEqual(ClassWords.kinds(of: "nav2 top").content, false)
    }

    func testWordsInsideLongerWordsDoNotCount() {
        XCTAssertFalse(ClassWords.kinds(of: "header").boilerplate, "'ad' inside 'header' is not an ad")
        XCTAssertFalse(ClassWords.kinds(of: "contents-x").content)
        XCTAssertFalse(ClassWords.kinds(of: "").boilerplate)
    }
}
