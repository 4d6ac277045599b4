/// A page converted to UTF-8, with what it was decoded from.
public struct DecodedPage: Sendable {
    public var source: PageSource
    /// The page as valid UTF-8 without NUL bytes.
    public var utf8: [UInt8]
    /// The encoding the bytes were decoded from (`utf-8`, `gb18030`, `utf-16le`, …).
    public var encoding: String
    /// The charset the page declared, lower-cased, if any.
    public var declaredCharset: String?
    /// How many invalid byte sequences became U+FFFD.
    public var replacements: Int
    /// How many NUL bytes were removed.
    public var removedNULs: Int

    /// Creates a decoded page.
    public init(
        source: PageSource, utf8: [UInt8], encoding: String, declaredCharset: String?,
        replacements: Int, removedNULs: Int
    ) {
        self.source = source
        self.utf8 = utf8
        self.encoding = encoding
        self.declaredCharset = declaredCharset
        self.replacements = replacements
        self.removedNULs = removedNULs
    }
}
