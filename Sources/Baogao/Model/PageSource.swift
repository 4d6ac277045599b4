/// One saved page of the archive: where it is and which report and page it belongs to.
public struct PageSource: Sendable, Equatable, Hashable {
    /// The page's path relative to the input directory, `/`-separated (`baogao/huadong/4285_2.html`).
    public var relativePath: String
    /// The report id: the first page's relative path without its extension (`baogao/huadong/4285`).
    public var reportID: String
    /// The page number within the report (1 for `4285.html`, 2 for `4285_2.html`).
    public var pageNumber: Int

    /// Creates a page source.
    public init(relativePath: String, reportID: String, pageNumber: Int) {
        self.relativePath = relativePath
        self.reportID = reportID
        self.pageNumber = pageNumber
    }
}
