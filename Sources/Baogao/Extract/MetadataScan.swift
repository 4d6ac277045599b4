/// Small matching helpers over glyph arrays used by the metadata finders.
public enum MetadataScan {
    /// Whether `pattern` (scalars that are each a character) occurs in `glyphs` at `index`.
    @inline(__always)
    public static func matches<C: RandomAccessCollection>(_ pattern: [Unicode.Scalar], in glyphs: C, at index: Int) -> Bool
    where C.Element: MetadataGlyph, C.Index == Int {
        guard index >= glyphs.startIndex, index + pattern.count <= glyphs.endIndex else { return false }
        var offset = 0
        while offset < pattern.count {
            if glyphs[index + offset] != C.Element(pattern[offset]) { return false }
            offset += 1
        }
        return true
    }

    /// The first index at or after `from` where `pattern` occurs, or nil.
    public static func firstIndex<C: RandomAccessCollection>(of pattern: [Unicode.Scalar], in glyphs: C, from: Int) -> Int?
    where C.Element: MetadataGlyph, C.Index == Int {
        var index = max(from, glyphs.startIndex)
        while index + pattern.count <= glyphs.endIndex {
            if matches(pattern, in: glyphs, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The scalars of a pattern written with single-scalar characters (`各位代表`).
    public static func pattern(_ text: String) -> [Unicode.Scalar] {
        let scalars = Array(text.unicodeScalars)
        precondition(scalars.count == text.count, "metadata pattern '\(text)' has a character of several scalars")
        return scalars
    }

    /// Whether one of `glyphs` (single-scalar characters) equals `glyph`.
    @inline(__always)
    public static func isOne<S: Sequence, G: MetadataGlyph>(of glyphs: S, _ glyph: G) -> Bool
    where S.Element == Unicode.Scalar {
        glyphs.contains { G($0) == glyph }
    }

    /// Whether a character is a CJK unified ideograph (a Han character).
    public static func isHan(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        return isHan(scalar)
    }

    /// Whether a scalar is a CJK unified ideograph (a Han character).
    @inline(__always)
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: return true
        default: return false
        }
    }
}
