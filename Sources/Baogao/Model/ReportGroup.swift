/// The pages of one report, in page order: the runner's unit of work.
public struct ReportGroup: Sendable, Equatable {
    /// The report id (see ``PageSource/reportID``).
    public var id: String
    /// The pages, sorted by page number.
    public var pages: [PageSource]

    /// Creates a group; pages are sorted by page number.
    public init(id: String, pages: [PageSource]) {
        self.id = id
        self.pages = pages.sorted { ($0.pageNumber, $0.relativePath) < ($1.pageNumber, $1.relativePath) }
    }
}
