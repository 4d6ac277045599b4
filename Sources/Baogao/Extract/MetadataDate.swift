/// A date found in a report's header, with where it was found.
public struct MetadataDate: Sendable, Equatable {
    /// The year.
    public var year: Int
    /// The month, if given.
    public var month: Int?
    /// The day, if given.
    public var day: Int?
    /// Index of the first character in the searched characters.
    public var start: Int
    /// Index just past the last character.
    public var end: Int

    /// Creates a date.
    public init(year: Int, month: Int?, day: Int?, start: Int, end: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.start = start
        self.end = end
    }

    /// ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var iso: String { ISODateText.date(year: year, month: month, day: day) }
}
