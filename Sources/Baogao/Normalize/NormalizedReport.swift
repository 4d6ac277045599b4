/// A stitched report in the archive's normal form: NFKC, folded whitespace, one paragraph per line.
public struct NormalizedReport: Sendable {
    public var id: String
    public var sources: [String]
    public var title: String
    /// Paragraphs joined by `\n`.
    public var text: String
    public var headings: [Heading]
    public var publishedDate: String?
    public var encoding: String
    public var warnings: [RecordWarning]
}
