/// A section heading of a report (`二、2023年政府工作主要任务`, `(一)聚焦体系建设…`).
public struct Heading: Sendable, Equatable {
    /// 1 for 一、, 2 for (一), 3 for 1. / 1、, 4 for (1).
    public var level: Int
    /// The numbering as written (`二、`, `(一)`).
    public var marker: String
    /// The heading's words without the marker, up to the first 。 when the heading runs into prose.
    public var title: String
    /// Offset in Unicode scalars of the heading's paragraph in the record's `text`.
    public var start: Int

    /// Creates a heading.
    public init(level: Int, marker: String, title: String, start: Int) {
        self.level = level
        self.marker = marker
        self.title = title
        self.start = start
    }
}
