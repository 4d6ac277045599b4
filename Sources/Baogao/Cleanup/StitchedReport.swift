/// A report's pages joined: one title, the paragraphs of every page in page order.
public struct StitchedReport: Sendable {
    public var id: String
    /// The pages that went in, relative to the input directory, in page order.
    public var sources: [String]
    public var title: String
    /// The paragraphs as valid UTF-8: the normaliser reads their bytes, so cleanup makes no
    /// String of them (validating each into a String was 1.6% of a run's instructions).
    var paragraphUTF8: [ArraySlice<UInt8>]
    /// Whether every paragraph is in NFKC already (see ``CleanPage``).
    var paragraphsInNFKC = false
    public var publishedDate: String?
    /// The pages' encoding, or `mixed`.
    public var encoding: String
    public var warnings: [RecordWarning]

    /// The paragraphs of every page in page order.
    public var paragraphs: [String] {
        get { paragraphUTF8.map { String(decoding: $0, as: UTF8.self) } }
        set {
            paragraphUTF8 = newValue.map { ArraySlice($0.utf8) }
            paragraphsInNFKC = false
        }
    }
}

// In an extension, so that the struct keeps its memberwise initialiser (internal), which takes the
// paragraphs as UTF-8.
extension StitchedReport {
    /// A stitched report.
    public init(
        id: String, sources: [String], title: String, paragraphs: [String], publishedDate: String?, encoding: String,
        warnings: [RecordWarning]
    ) {
        self.init(
            id: id, sources: sources, title: title, paragraphUTF8: paragraphs.map { ArraySlice($0.utf8) },
            publishedDate: publishedDate, encoding: encoding, warnings: warnings)
    }
}
