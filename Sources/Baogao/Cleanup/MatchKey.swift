/// The form in which text rules and titles are compared: NFKC, with all whitespace removed.
public enum MatchKey {
    /// The match key of a string.
    public static func of(_ text: String) -> String {
        let folded = CompatibilityFolding.nfkc(text)
        var bytes: [UInt8] = []
        var removed = false
        var copy = folded
        copy.withUTF8 { utf8 in
            bytes.reserveCapacity(utf8.count)
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { removed = true } else { bytes.append(byte) }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(index + length, utf8.count)
                // Non-ASCII whitespace after NFKC: U+0085, U+1680, U+2028, U+2029 (the rest became spaces).
                let isSpace = (byte == 0xC2 && end > index + 1 && utf8[index + 1] == 0x85)
                    || (byte == 0xE1 && end > index + 2 && utf8[index + 1] == 0x9A && utf8[index + 2] == 0x80)
                    || (byte == 0xE2 && end > index + 2 && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9))
                if isSpace { removed = true } else { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end])) }
                index = end
            }
        }
        return removed ? String(decoding: bytes, as: UTF8.self) : folded
    }
}
