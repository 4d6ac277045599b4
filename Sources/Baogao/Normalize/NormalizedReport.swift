/// A stitched report in the archive's normal form: NFKC, folded whitespace, one paragraph per line.
public struct NormalizedReport: Sendable {
    public var id: String
    public var sources: [String]
    public var title: String
    /// ``text`` as UTF-8, as the normaliser writes it: the extractor and the encoder read the
    /// bytes, so no String of the report's text is made (validating one was 1.9% of a run's
    /// instructions; callgrind, 240 benchmark pages).
    /// The normaliser sets it through the memberwise initialiser (internal).
    var textUTF8: [UInt8]
    public var headings: [Heading]
    public var publishedDate: String?
    public var encoding: String
    public var warnings: [RecordWarning]

    /// Paragraphs joined by `\n`.
    public var text: String {
        get { String(decoding: textUTF8, as: UTF8.self) }
        set { textUTF8 = Array(newValue.utf8) }
    }
}
