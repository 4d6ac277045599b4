/// What the state database knows about one page: where it is, how it looked, how it went.
public struct PageState: Sendable, Equatable {
    /// The path relative to the input directory.
    public var path: String
    /// The report it belongs to.
    public var reportID: String
    /// Size in bytes when last seen.
    public var size: Int64
    /// Modification time in nanoseconds since 1970 when last seen.
    public var modified: Int64
    /// The content hash (``ContentHash``) when last read, nil when never read.
    public var hash: UInt64?
    /// Why the page failed, nil when it went into its report.
    public var failure: PageFailure?

    /// Creates a page state.
    public init(path: String, reportID: String, size: Int64, modified: Int64, hash: UInt64?, failure: PageFailure?) {
        self.path = path
        self.reportID = reportID
        self.size = size
        self.modified = modified
        self.hash = hash
        self.failure = failure
    }

    /// Failure reasons that may go away by themselves, so the page is tried again on the next run.
    public static let transientReasons: Set<String> = ["unreadable", "timeout", "internal_error"]
}
