/// A page reduced to its title and main-text paragraphs (not yet normalised, though those of
/// ``PageCleaner`` are in NFKC).
public struct CleanPage: Sendable {
    public var source: PageSource
    /// The page's title with site suffixes removed, if it has one.
    public var title: String?
    /// The main-text paragraphs in page order, without the title, as valid UTF-8 (slices of the
    /// page's block text: see ``StitchedReport``).
    private(set) var paragraphUTF8: [ArraySlice<UInt8>]
    /// Whether the paragraphs are in NFKC already (those of ``PageCleaner``), so the normaliser
    /// skips that step.
    private(set) var paragraphsInNFKC: Bool
    /// The ``MatchKey/hash(_:)`` of each paragraph's ``MatchKey``, for the stitcher's comparisons.
    public private(set) var paragraphKeys: [UInt64]
    /// The page's publication date (`YYYY-MM-DD`) when it shows one near the title.
    public var publishedDate: String?
    /// What the decode stage found (encoding, replacements), carried to the record.
    public var encoding: String
    /// Warnings about this page.
    public var warnings: [RecordWarning]

    /// Creates a clean page; the paragraphs' keys are computed unless given.
    public init(
        source: PageSource, title: String?, paragraphs: [String], paragraphKeys: [UInt64]? = nil, publishedDate: String?,
        encoding: String, warnings: [RecordWarning]
    ) {
        self.init(
            source: source, title: title, paragraphUTF8: paragraphs.map { ArraySlice($0.utf8) }, paragraphsInNFKC: false,
            paragraphKeys: paragraphKeys ?? paragraphs.map { MatchKey.hash(MatchKey.of($0)) }, publishedDate: publishedDate,
            encoding: encoding, warnings: warnings)
    }

    /// A clean page whose paragraphs are given as valid UTF-8, with their keys.
    init(
        source: PageSource, title: String?, paragraphUTF8: [ArraySlice<UInt8>], paragraphsInNFKC: Bool, paragraphKeys: [UInt64],
        publishedDate: String?, encoding: String, warnings: [RecordWarning]
    ) {
        self.source = source
        self.title = title
        self.paragraphUTF8 = paragraphUTF8
        self.paragraphsInNFKC = paragraphsInNFKC
        self.paragraphKeys = paragraphKeys
        self.publishedDate = publishedDate
        self.encoding = encoding
        self.warnings = warnings
    }

    /// The main-text paragraphs in page order, without the title.
    public var paragraphs: [String] { paragraphUTF8.map { String(decoding: $0, as: UTF8.self) } }
}
