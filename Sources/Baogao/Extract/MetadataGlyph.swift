/// One unit of the text the metadata finders read: a `Character` (exact for any text) or a
/// `Unicode.Scalar` (fast, for text where every scalar is a character of its own; see `StandaloneScalar`).
///
/// The finders compare glyphs only with `==` against single-scalar literals and with hashing, so on
/// text made of standalone scalars both kinds give the same results.
public protocol MetadataGlyph: Hashable, Sendable, ExpressibleByUnicodeScalarLiteral {
    /// The glyph for a scalar.
    init(_ scalar: Unicode.Scalar)
    /// Whether the glyph is an ASCII digit `0`–`9`.
    var isASCIIDigit: Bool { get }
    /// Whether the glyph is a CJK unified ideograph (a Han character).
    var isHan: Bool { get }
    /// The glyph as a character.
    var character: Character { get }
    /// The glyph's scalar value in the scalar reading; nil for a character, whose comparisons
    /// follow canonical equivalence (so a scalar test cannot rule it out).
    var scalarValue: UInt32? { get }
    /// The glyphs as a string.
    static func string<S: Sequence>(_ glyphs: S) -> String where S.Element == Self
    /// The gazetteer names in `glyphs[range]` (see `Gazetteer.matches(in:range:)`).
    static func placeNames(in gazetteer: Gazetteer, glyphs: [Self], range: Range<Int>) -> [GazetteerMatch]
}
