/// The parts of a date found by `NumberScanner`; the ISO string is built only for the entity.
struct TokenDate: Sendable, Equatable {
    var year: Int
    /// 1–12, when written.
    var month: Int?
    /// 1–31, when written (only with a month).
    var day: Int?

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    var iso: String { ISODateText.date(year: year, month: month, day: day) }
}
