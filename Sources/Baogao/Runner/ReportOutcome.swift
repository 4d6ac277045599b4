/// What processing one report produced: its output line (if any page survived), every page as
/// seen, and the time spent per stage.
public struct ReportOutcome: Sendable {
    /// The report id.
    public var id: String
    /// The record's JSON line, nil when every page failed or the report was unchanged.
    public var line: [UInt8]?
    /// Every page of the report as read in this run, with failures.
    public var pages: [PageState]
    /// The report's input key (``ReportKey``).
    public var key: String
    /// Whether the pages turned out identical to what the state knew, so nothing was processed.
    public var unchanged: Bool
    /// How many pages went into the record.
    public var pagesProcessed: Int
    /// How many bytes were read.
    public var bytesRead: Int
    public var timings: StageTimings

    /// The pages that failed, with their reasons.
    public var failures: [PageFailure] { pages.compactMap(\.failure) }
}
