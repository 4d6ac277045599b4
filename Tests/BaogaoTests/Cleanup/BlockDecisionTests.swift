import XCTest
@testable import Baogao

final class BlockDecisionTests: XCTestCase {
    private let block = TextBlock(text: "首页 新闻", owner: 3, chars: 5, linkChars: 5, punctuation: 0, evidence: [])

    func testOutsideBlockReasonNamesTheElementScore() {
        let decision = BlockDecision(block: block, kept: false, cause: .outside(score: -48))
        XCTAssertEqual(decision.reason, "outside the main content element (score -48)")
    }

    func testSettingAReasonReplacesTheCause() {
        var decision = BlockDecision(block: block, kept: false, cause: .outside(score: 3))
        decision.reason = "short line between boilerplate blocks"
        XCTAssertEqual(decision.reason, "short line between boilerplate blocks")
    }
}
