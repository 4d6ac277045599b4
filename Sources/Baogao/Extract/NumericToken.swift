/// A number found by `NumberScanner`, with its unit and qualifier, before it becomes an `Entity`.
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
    /// ISO date for dates.
    var dateValue: String?
    var currency: String?
    var unit: String?
    var qualifier: Entity.Qualifier?
    /// The qualifier written after the unit (`左右`, `以上`), which spreads over a coordinated pair.
    var suffixQualifier: Entity.Qualifier?
    /// The power of ten applied by 万/亿 (0 when none).
    var magnitude: Int

    /// The token as an entity of `text`; nil for bare numbers.
    func entity(in text: NumericText) -> Entity? {
        let surface = text.string(start..<end)
        switch kind {
        case .bare:
            return nil
        case .date:
            return Entity(type: .date, surface: surface, start: start, value: .date(dateValue ?? ""))
        case .money:
            return Entity(
                type: .money, surface: surface, start: start, value: .number(value.double),
                valueMax: valueMax?.double, currency: currency, qualifier: qualifier)
        case .percent:
            return Entity(
                type: .percent, surface: surface, start: start, value: .number(value.double),
                valueMax: valueMax?.double, qualifier: qualifier)
        case .percentagePoint:
            return Entity(
                type: .percentage_point, surface: surface, start: start, value: .number(value.double),
                valueMax: valueMax?.double, qualifier: qualifier)
        case .quantity:
            return Entity(
                type: .quantity, surface: surface, start: start, value: .number(value.double),
                valueMax: valueMax?.double, unit: unit, qualifier: qualifier)
        }
    }
}
