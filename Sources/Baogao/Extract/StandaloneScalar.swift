/// Scalars that always form a character of their own and equal no other scalar under canonical equivalence.
///
/// Between two such scalars there is always a grapheme break (none is a carriage return, an extending
/// or spacing mark, a prepended mark, a joiner, a Hangul jamo or a regional indicator), and none has a
/// singleton decomposition. Text made only of them therefore has one character per scalar, and two of its
/// characters are equal exactly when their scalars are. The set covers what NFKC-normalised Chinese text
/// is made of: ASCII without the carriage return, Latin-1, general punctuation, CJK symbols and
/// ideographs, fullwidth forms, and the symbols pages use as bullets.
public enum StandaloneScalar {
    /// Whether `scalar` is a standalone scalar.
    @inline(__always)
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x20 ? value != 0x7F : (value == 0x0A || value == 0x09) }
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF,  // CJK unified ideographs and extension A
            0x3000...0x3029, 0x3030...0x303F,  // CJK symbols and punctuation, without the tone marks
            0xFF01...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
            0x2010...0x2027, 0x2030...0x205E,  // general punctuation, without spaces, joiners and controls
            0x00A0...0x00FF,  // Latin-1
            // Bullets and signs Chinese pages use (▲ ★ → ∶ ■ ➨), private-use glyphs of web fonts and
            // U+FFFD: one in a report's first lines sent its metadata to the character reading,
            // about 4% of a run over ../shared/corpus in String comparisons.
            0x2190...0x22FF,  // arrows, mathematical operators
            0x2500...0x27BF,  // box drawing, block elements, geometric shapes, miscellaneous symbols, dingbats
            0x3105...0x312F,  // Bopomofo
            0xE000...0xF8FF,  // private use
            0xFFFD:
            return true
        default:
            return false
        }
    }
}
