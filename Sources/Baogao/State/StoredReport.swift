/// A report as the state database remembers it, without its record.
public struct StoredReport: Sendable, Equatable {
    /// The report id.
    public var id: String
    /// The pages and their hashes the record was built from (``ReportKey``).
    public var key: String
    /// The pipeline fingerprint the record was built with.
    public var fingerprint: String
    /// Whether the report has a record (false when every page failed).
    public var hasRecord: Bool
}
