/// What one processed report leaves in the state database.
public struct ReportResult: Sendable {
    /// The report id.
    public var id: String
    /// The record's JSON line, nil when every page failed.
    public var line: [UInt8]?
    /// Every page of the report as seen in this run.
    public var pages: [PageState]
    /// The input key (``ReportKey``).
    public var key: String
}
