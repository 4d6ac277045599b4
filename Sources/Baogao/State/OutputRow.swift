/// One report as the output files need it, read from the state in id order: its snapshot line
/// and what the changes file says about it. The bytes (read from the line store, or from SQLite
/// for an older state's line) are valid only during the call that hands the row over.
public struct OutputRow {
    /// What the changes file holds for a report.
    public enum Change: Equatable {
        /// Nothing: the report did not change since the last completed run.
        case none
        /// The report's record line (it is new or changed).
        case record
        /// A tombstone: the report is gone, or it has no record any more.
        case tombstone
    }

    /// The report id.
    public var id: String
    /// The record line, nil when the report has no record (or only a tombstone is left).
    public var line: UnsafeRawBufferPointer?
    public var change: Change
}
