/// What a unit after a number makes of it.
enum UnitKind: Sendable, Equatable {
    /// 元, 美元, …: money in the given currency.
    case money(Currency)
    /// `%`.
    case percent
    /// 个百分点, 百分点.
    case percentagePoint
    /// A measure word (家, 个, 吨, 个月, …).
    case measure
}
