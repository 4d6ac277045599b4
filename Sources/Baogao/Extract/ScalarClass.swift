/// Character classes on raw scalar values, and scalar arrays for Chinese words.
enum ScalarClass {
    /// The scalar values of `word`.
    static func word(_ word: String) -> [UInt32] { word.unicodeScalars.map(\.value) }

    /// ASCII 0–9.
    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool { value &- 0x30 < 10 }

    /// ASCII letters.
    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool { (value | 0x20) &- 0x61 < 26 }

    /// Spaces, tabs, line breaks and the ideographic space.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D || value == 0x3000 || value == 0xA0
    }

    /// CJK unified ideographs (the main block and extension A).
    @inline(__always)
    static func isHan(_ value: UInt32) -> Bool {
        (value &- 0x4E00 < 0x5200) || (value &- 0x3400 < 0x1A00)
    }

    /// Scalars that end a clause: `;`, `。`, `!`, `?`.
    @inline(__always)
    static func isClauseEnd(_ value: UInt32) -> Bool {
        value == 0x3B || value == 0x3002 || value == 0x21 || value == 0x3F
    }
}
