/// A page reduced to its title and main-text paragraphs (not yet normalised).
public struct CleanPage: Sendable {
    public var source: PageSource
    /// The page's title with site suffixes removed, if it has one.
    public var title: String?
    /// The main-text paragraphs in page order, without the title.
    public var paragraphs: [String]
    /// The page's publication date (`YYYY-MM-DD`) when it shows one near the title.
    public var publishedDate: String?
    /// What the decode stage found (encoding, replacements), carried to the record.
    public var encoding: String
    /// Warnings about this page.
    public var warnings: [RecordWarning]

    /// Creates a clean page.
    public init(
        source: PageSource, title: String?, paragraphs: [String], publishedDate: String?, encoding: String,
        warnings: [RecordWarning]
    ) {
        self.source = source
        self.title = title
        self.paragraphs = paragraphs
        self.publishedDate = publishedDate
        self.encoding = encoding
        self.warnings = warnings
    }
}
