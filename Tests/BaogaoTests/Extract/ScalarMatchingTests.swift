import XCTest

@testable import Baogao

/// The scalar-level helpers of entity extraction: word tables, surface slicing and date strings.
final class ScalarMatchingTests: XCTestCase {
    private func words(_ list: [String]) -> [[UInt32]] { list.map(ScalarClass.word) }

    func testWordTableReturnsTheFirstMatchInListOrder() {
        let table = WordTable(words(["提高到", "提高", "增长", "提"]))
        let text = NumericText("城镇化率提高到65%")
        XCTAssertEqual(table.firstMatch(in: text, at: 4), 0)
        let shortFirst = WordTable(words(["提", "提高到"]))
        XCTAssertEqual(shortFirst.firstMatch(in: text, at: 4), 0)
        XCTAssertNil(table.firstMatch(in: text, at: 0))
        XCTAssertNil(table.firstMatch(in: text, at: -1))
        XCTAssertNil(table.firstMatch(in: text, at: text.count))
    }

    func testWordTableSkipsWordsThatEndPastTheLimit() {
        let table = WordTable(words(["提高到", "提高", "提"]))
        let text = NumericText("提高到65%")
        XCTAssertEqual(table.firstMatch(in: text, at: 0, limit: 3), 0)
        XCTAssertEqual(table.firstMatch(in: text, at: 0, limit: 2), 1)
        XCTAssertEqual(table.firstMatch(in: text, at: 0, limit: 1), 2)
        XCTAssertNil(table.firstMatch(in: text, at: 0, limit: 0))
        XCTAssertEqual(table.length(of: 0), 3)
    }

    func testWordTableReportsEveryMatchAtAPosition() {
        let table = WordTable(words(["下降", "增长", "下降到", "降"]))
        let text = NumericText("下降到3%")
        var found: [Int] = []
        table.forEachMatch(in: text, at: 0, limit: text.count) { found.append($0) }
        XCTAssertEqual(found, [0, 2])
        found = []
        table.forEachMatch(in: text, at: 0, limit: 2) { found.append($0) }
        XCTAssertEqual(found, [0])
    }

    func testCueWordsNeedTheLongestWordToFitInTheRange() {
        let cues = CueWords(words(["计划", "计划完成"]))
        let text = NumericText("年度计划完成")
        XCTAssertEqual(cues.match(in: text, at: 2).map { cues.words[$0].count }, 4)
        XCTAssertTrue(cues.occurs(in: text, 0..<6))
        XCTAssertFalse(cues.occurs(in: text, 0..<4))
    }

    func testSurfacesAreSlicedByScalarOffsets() {
        let source = "A é 地区😀生产总值\n增长6.1%"
        let text = NumericText(source)
        let scalars = Array(source.unicodeScalars)
        XCTAssertEqual(text.count, scalars.count)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[lower..<upper])
                XCTAssertEqual(text.string(lower..<upper).utf8.elementsEqual(String(expected).utf8), true, "\(lower)..<\(upper)")
            }
        }
    }

    func testTokenDateWritesIsoDates() {
        XCTAssertEqual(TokenDate(year: 2023).iso, "2023")
        XCTAssertEqual(TokenDate(year: 2023, month: 3).iso, "2023-03")
        XCTAssertEqual(TokenDate(year: 2023, month: 11, day: 5).iso, "2023-11-05")
        XCTAssertEqual(TokenDate(year: 2023, month: 12, day: 31).iso, "2023-12-31")
    }
}
