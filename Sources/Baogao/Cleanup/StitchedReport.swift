/// A report's pages joined: one title, the paragraphs of every page in page order.
public struct StitchedReport: Sendable {
    public var id: String
    /// The pages that went in, relative to the input directory, in page order.
    public var sources: [String]
    public var title: String
    public var paragraphs: [String]
    public var publishedDate: String?
    /// The pages' encoding, or `mixed`.
    public var encoding: String
    public var warnings: [RecordWarning]
}
