/// Characters as metadata glyphs: the exact reading, for any text.
extension Character: MetadataGlyph {
    /// Whether the character is an ASCII digit.
    public var isASCIIDigit: Bool { isASCII && isNumber }

    /// Whether the character is a single CJK unified ideograph.
    public var isHan: Bool { MetadataScan.isHan(self) }

    /// The character itself.
    public var character: Character { self }

    /// Nil: a character is compared with canonical equivalence.
    public var scalarValue: UInt32? { nil }

    /// The characters as a string.
    public static func string<S: Sequence>(_ glyphs: S) -> String where S.Element == Character {
        String(glyphs)
    }

    /// The gazetteer names in `glyphs[range]`.
    public static func placeNames(in gazetteer: Gazetteer, glyphs: [Character], range: Range<Int>) -> [GazetteerMatch] {
        gazetteer.matches(in: glyphs, range: range)
    }
}
