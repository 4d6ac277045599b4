/// One report as written to the output: schema version 1 (see `docs/schema.md`).
public struct ReportRecord: Sendable {
    /// The schema version this type writes.
    public static let schemaVersion = 1

    public var id: String
    /// The pages' paths relative to the input directory, in page order.
    public var sources: [String]
    public var title: String
    /// ``text`` as UTF-8 (see ``NormalizedReport``).
    var textUTF8: [UInt8]
    public var headings: [Heading]
    public var metadata: ReportMetadata
    public var entities: [Entity]
    /// What the pages were decoded from (`utf-8`, `gb18030`; `mixed` when pages differ).
    public var encoding: String
    public var warnings: [RecordWarning]

    /// Creates a record.
    public init(
        id: String, sources: [String], title: String, text: String, headings: [Heading], metadata: ReportMetadata,
        entities: [Entity], encoding: String, warnings: [RecordWarning]
    ) {
        self.init(
            id: id, sources: sources, title: title, textUTF8: Array(text.utf8), headings: headings, metadata: metadata,
            entities: entities, encoding: encoding, warnings: warnings)
    }

    /// A record whose text is given as valid UTF-8.
    init(
        id: String, sources: [String], title: String, textUTF8: [UInt8], headings: [Heading], metadata: ReportMetadata,
        entities: [Entity], encoding: String, warnings: [RecordWarning]
    ) {
        self.id = id
        self.sources = sources
        self.title = title
        self.textUTF8 = textUTF8
        self.headings = headings
        self.metadata = metadata
        self.entities = entities
        self.encoding = encoding
        self.warnings = warnings
    }

    /// The main text without the title, NFKC, paragraphs joined by `\n`.
    public var text: String {
        get { String(decoding: textUTF8, as: UTF8.self) }
        set { textUTF8 = Array(newValue.utf8) }
    }
}
