/// Extracts numeric entities (money, percent, percentage_point, quantity, date) and indicator figures from report text.
public struct EntityExtractor: Sendable {
    private let matcher: IndicatorMatcher

    /// Creates an extractor that maps indicator names with `lexicon`.
    public init(lexicon: IndicatorLexicon) {
        matcher = IndicatorMatcher(lexicon: lexicon)
    }

    /// All entities of `text`, sorted by start. `metadata` (may be nil) gives the report year for `period`.
    public func extract(from text: String, metadata: ReportMetadata?) -> [Entity] {
        extract(fromUTF8: Array(text.utf8), metadata: metadata)
    }

    /// The entities of a text given as valid UTF-8 (a normalised report's).
    func extract(fromUTF8 text: [UInt8], metadata: ReportMetadata?) -> [Entity] {
        let scalars = NumericText(utf8: text)
        let tokens = NumberScanner(text: scalars).scan()
        // Reversed (by moving, through a buffer pointer), so that the next indicator is the last one
        // and moves out without a copy.
        var pending = matcher.indicators(in: scalars, tokens: tokens, metadata: metadata)
        pending.withUnsafeMutableBufferPointer { $0.reverse() }
        var entities: [Entity] = []
        entities.reserveCapacity(tokens.count + pending.count)
        for token in tokens {
            guard let entity = token.entity(in: scalars) else { continue }
            while !pending.isEmpty, pending[pending.count - 1].start <= entity.start {
                entities.append(pending.removeLast())
            }
            entities.append(entity)
        }
        while !pending.isEmpty { entities.append(pending.removeLast()) }
        return Self.sorted(entities)
    }

    /// Stable sort by start (indicators were appended in name order, which is not always start order).
    static func sorted(_ entities: consuming [Entity]) -> [Entity] {
        var isSorted = true
        for index in entities.indices.dropFirst() where entities[index - 1].start > entities[index].start {
            isSorted = false
            break
        }
        if isSorted { return entities }
        // Indices are sorted, not the entities: moving whole entities (several Strings each) in
        // the sort cost a retain and release per move. The order is then applied in place, a
        // cycle at a time with swaps (moves); a new array of copies cost a retain of every field
        // and the old array's release.
        let starts = entities.map(\.start)
        let order = starts.indices.sorted { starts[$0] != starts[$1] ? starts[$0] < starts[$1] : $0 < $1 }
        var result = consume entities
        var placed = [Bool](repeating: false, count: order.count)
        for cycleStart in order.indices where !placed[cycleStart] {
            // Position `target` takes the entity from `order[target]`.
            var target = cycleStart
            placed[target] = true
            while !placed[order[target]] {
                result.swapAt(target, order[target])
                target = order[target]
                placed[target] = true
            }
        }
        return result
    }
}
