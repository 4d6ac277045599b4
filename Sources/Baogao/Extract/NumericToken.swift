/// A number found by `NumberScanner`, with its unit and qualifier, before it becomes an `Entity`.
///
/// It holds no strings (a unit is a place in the text, a currency an enum), so copying one is a plain memory copy.
struct NumericToken: Sendable {
    /// The token's kind; `bare` numbers have no unit yet and may borrow one from a coordinated neighbour.
    enum Kind: Sendable, Equatable {
        case money, percent, percentagePoint, quantity, date, bare
    }

    var kind: Kind
    /// Surface start, a prefix qualifier included.
    var start: Int
    /// Surface end, a suffix qualifier included.
    var end: Int
    /// End of the number itself (before magnitude and unit), for coordination.
    var numberEnd: Int
    var value: DecimalValue
    var valueMax: DecimalValue?
    /// The date, for dates.
    var date: TokenDate?
    var currency: Currency?
    /// Where the measure word is written (`平方米`, `吨/年`), for quantities; it may be a coordinated neighbour's.
    var unit: Range<Int>?
    var qualifier: Entity.Qualifier?
    /// The qualifier written after the unit (`左右`, `以上`), which spreads over a coordinated pair.
    var suffixQualifier: Entity.Qualifier?
    /// The power of ten applied by 万/亿 (0 when none).
    var magnitude: Int

    /// The token as an entity of `text`; nil for bare numbers.
    func entity(in text: NumericText) -> Entity? {
        let type: Entity.Kind
        switch kind {
        case .bare:
            return nil
        case .date:
            return Entity(
                type: .date, surface: text.string(start..<end), start: start, value: .date(date?.iso ?? ""))
        case .money: type = .money
        case .percent: type = .percent
        case .percentagePoint: type = .percentage_point
        case .quantity: type = .quantity
        }
        // Only money carries a currency and only a quantity a measure word.
        return Entity(
            type: type, surface: text.string(start..<end), start: start, value: .number(value.double),
            valueMax: valueMax?.double, currency: kind == .money ? currency?.rawValue : nil,
            unit: kind == .quantity ? unit.map(text.string) : nil, qualifier: qualifier)
    }

    /// Whether the measure word is one of `words` (compared scalar by scalar).
    func hasUnit(in words: [[UInt32]], of text: NumericText) -> Bool {
        guard let unit else { return false }
        return words.contains { $0.count == unit.count && text.has($0, at: unit.lowerBound) }
    }
}
