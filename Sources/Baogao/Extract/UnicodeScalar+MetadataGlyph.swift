/// Scalars as metadata glyphs: the fast reading, valid when every scalar is a standalone character.
extension Unicode.Scalar: MetadataGlyph {
    /// Whether the scalar is an ASCII digit.
    public var isASCIIDigit: Bool { (0x30...0x39).contains(value) }

    /// Whether the scalar is a CJK unified ideograph.
    public var isHan: Bool { MetadataScan.isHan(self) }

    /// The scalar as a character.
    public var character: Character { Character(self) }

    /// The scalar's value.
    public var scalarValue: UInt32? { value }

    /// The scalars as a string.
    public static func string<S: Sequence>(_ glyphs: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: glyphs)
        return String(view)
    }

    /// The gazetteer names in `glyphs[range]`.
    public static func placeNames(in gazetteer: Gazetteer, glyphs: [Unicode.Scalar], range: Range<Int>) -> [GazetteerMatch] {
        gazetteer.matches(inScalars: glyphs, range: range)
    }
}
