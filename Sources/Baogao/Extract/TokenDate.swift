/// The parts of a date found by `NumberScanner`; the ISO string is built only for the entity.
struct TokenDate: Sendable, Equatable {
    var year: Int
    /// 1–12, when written.
    var month: Int?
    /// 1–31, when written (only with a month).
    var day: Int?

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    var iso: String {
        var iso = String(year)
        if let month {
            iso += "-" + Self.twoDigits(month)
            if let day { iso += "-" + Self.twoDigits(day) }
        }
        return iso
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
