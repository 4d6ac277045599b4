/// ISO 8601 dates as text: the form of every date in the records and of the run's timestamps.
enum ISODateText {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a day is written only with a month).
    static func date(year: Int, month: Int?, day: Int?) -> String {
        var text = String(year)
        if let month {
            text += "-" + twoDigits(month)
            if let day { text += "-" + twoDigits(day) }
        }
        return text
    }

    /// A number below 100 in two digits (`07`).
    static func twoDigits<Number: BinaryInteger>(_ value: Number) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
