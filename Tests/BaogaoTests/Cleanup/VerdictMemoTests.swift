import XCTest
@testable import Baogao

final class VerdictMemoTests: XCTestCase {
    func testJudgesEachLineOnceAndRemembers() {
        let memo = VerdictMemo()
        var judged: [String] = []
        let judge = { (key: String) -> BoilerplateRules.Verdict in
            judged.append(key)
            return key == "打印" ? .drop(rule: "line equals '打印'") : .keep
        }
        XCTAssertEqual(memo.verdict(forKey: "打印", judge: judge), .drop(rule: "line equals '打印'"))
        XCTAssertEqual(memo.verdict(forKey: "打印", judge: judge), .drop(rule: "line equals '打印'"))
        XCTAssertEqual(memo.verdict(forKey: "各位代表:", judge: judge), .keep)
        XCTAssertEqual(judged, ["打印", "各位代表:"])
    }

    func testStartsAgainWhenFull() {
        let memo = VerdictMemo(capacity: 2)
        var judgements = 0
        let judge = { (_: String) -> BoilerplateRules.Verdict in
            judgements += 1
            return .keep
        }
        for key in ["a", "b", "c", "a"] { _ = memo.verdict(forKey: key, judge: judge) }
        XCTAssertEqual(judgements, 4, "the third line emptied the memo, so the first is judged again")
    }
}
