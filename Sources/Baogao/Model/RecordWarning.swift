/// Something a reader of a record should know: replaced bytes, truncation, a missing page.
public struct RecordWarning: Sendable, Equatable {
    /// A stable machine-readable code (`replacement_characters`, `page_failed`, …).
    public var code: String
    /// The page it concerns, relative to the input directory, if it concerns one.
    public var source: String?
    /// A sentence for people.
    public var message: String

    /// Creates a warning.
    public init(code: String, source: String?, message: String) {
        self.code = code
        self.source = source
        self.message = message
    }
}
