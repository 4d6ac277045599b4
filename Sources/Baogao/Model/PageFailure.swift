/// A page that could not be processed, with the stage and the reason (one line of the errors file).
public struct PageFailure: Error, Sendable, Equatable {
    /// The page's path relative to the input directory.
    public var source: String
    /// The report the page belongs to.
    public var reportID: String
    /// The stage that failed (`read`, `decode`, `cleanup`, …).
    public var stage: String
    /// A short machine-readable reason (`empty_file`, `binary_data`, `no_main_content`, …).
    public var reason: String
    /// A sentence for people.
    public var message: String

    /// Creates a failure record.
    public init(source: String, reportID: String, stage: String, reason: String, message: String) {
        self.source = source
        self.reportID = reportID
        self.stage = stage
        self.reason = reason
        self.message = message
    }
}
