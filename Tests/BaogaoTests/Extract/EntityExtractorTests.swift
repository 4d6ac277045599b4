import XCTest
@testable import Baogao

final class EntityExtractorTests: XCTestCase {
    private func entity(_ surface: String, at start: Int) -> Entity {
        Entity(type: .quantity, surface: surface, start: start, value: .number(1), unit: surface)
    }

    func testEntitiesAreSortedByStartKeepingTheOrderOfEqualStarts() {
        let entities = [
            entity("a", at: 9), entity("b", at: 2), entity("c", at: 7), entity("d", at: 2),
            entity("e", at: 0), entity("f", at: 7), entity("g", at: 5),
        ]
        let sorted = EntityExtractor.sorted(entities)
        XCTAssertEqual(sorted.map(\.surface), ["e", "b", "d", "g", "c", "f", "a"])
        XCTAssertEqual(sorted.map(\.unit), sorted.map(\.surface), "each entity keeps its own fields")
    }

    func testEveryPermutationOfFiveComesOutSorted() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let starts = (0..<5).map { _ in Int.random(in: 0..<4, using: &generator) }
            let entities = starts.enumerated().map { entity("\($0.offset)", at: $0.element) }
            let expected = entities.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element.surface)
            XCTAssertEqual(EntityExtractor.sorted(entities).map(\.surface), expected, "\(starts)")
        }
    }
}
