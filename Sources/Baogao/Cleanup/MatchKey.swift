import BaogaoHTML

/// The form in which text rules and titles are compared: NFKC, with all whitespace removed.
public enum MatchKey {
    /// The match key of a string.
    public static func of(_ text: String) -> String {
        var text = text
        return text.withUTF8 { folded($0) } ?? text
    }

    /// The NFKC form of valid UTF-8 (the text itself when it is its own) and its match key, as
    /// bytes (the key is the text itself when it is its own key). No String is made: the decider
    /// reads most keys (report prose) as bytes only, and a String of each was 1.6% of a run's
    /// instructions (callgrind, 240 benchmark pages). The decider keeps the NFKC form of the
    /// blocks it keeps, so the normaliser need not fold them again.
    static func nfkcAndKey(of text: ArraySlice<UInt8>) -> (nfkc: ArraySlice<UInt8>, key: ArraySlice<UInt8>) {
        text.withUnsafeBufferPointer { buffer in
            if let nfkc = CompatibilityFolding.nfkcIfChanged(utf8: buffer) {
                return (ArraySlice(nfkc), nfkc.withUnsafeBufferPointer(withoutWhitespace).map { ArraySlice($0) } ?? ArraySlice(nfkc))
            }
            return (text, withoutWhitespace(buffer).map { ArraySlice($0) } ?? text)
        }
    }

    /// The match key of valid UTF-8, or nil when it is the text itself.
    private static func folded(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        CompatibilityFolding.withNFKC(utf8: text) { utf8, changed in
            if let stripped = withoutWhitespace(utf8) { return String(decoding: stripped, as: UTF8.self) }
            return changed ? String(decoding: utf8, as: UTF8.self) : nil
        }
    }

    /// Valid UTF-8 in NFKC without its white space, or nil when it has none.
    private static func withoutWhitespace(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var bytes: [UInt8] = []
        var copiedUpTo = 0
        var index = 0
        // White space starts with an ASCII byte or a lead byte (C2, E1, E2), never inside a
        // character: eight bytes at a time are passed over while none of them may start it (a
        // branch per character between Chinese and ASCII mispredicted), and the runs between
        // spaces are copied whole.
        while index < utf8.count {
            if index + 8 <= utf8.count {
                let word = ByteWord.load(utf8, at: index)
                let flags = ByteWord.flags(word, below: 0x21) | ByteWord.flags(word, equalTo: 0xC2)
                    | ByteWord.flags(word, equalTo: 0xE1) | ByteWord.flags(word, equalTo: 0xE2)
                if flags == 0 {
                    index += 8
                    continue
                }
                // The lowest flag is exact: the bytes before it start no white space.
                index += flags.trailingZeroBitCount / 8
            }
            let length = whitespaceLength(utf8, at: index)
            if length == 0 {
                index += 1
                continue
            }
            if bytes.isEmpty { bytes.reserveCapacity(utf8.count) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copiedUpTo..<index]))
            index += length
            copiedUpTo = index
        }
        if copiedUpTo == 0 { return nil }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copiedUpTo...]))
        return bytes
    }

    /// A 64-bit hash of a match key for comparisons within one run (XXH64 of its bytes; SipHash
    /// through `Hasher` cost three times as much on paragraph-long keys).
    static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { hash(utf8: $0) }
    }

    /// ``hash(_:)`` of a match key given as UTF-8.
    static func hash(utf8 key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        XXHash64.of(UnsafeRawBufferPointer(key))
    }

    /// ``hash(_:)`` of a match key given as UTF-8.
    static func hash(utf8 key: ArraySlice<UInt8>) -> UInt64 {
        key.withUnsafeBufferPointer { hash(utf8: $0) }
    }

    /// The length of the white space at `index`: ASCII, or the non-ASCII white space left after
    /// NFKC (U+0085, U+1680, U+2028, U+2029; the rest became spaces); 0 when there is none.
    @inline(__always)
    private static func whitespaceLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = utf8[index]
        if byte > 0x20 && byte != 0xC2 && byte != 0xE1 && byte != 0xE2 { return 0 }
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        let rest = utf8.count - index
        if byte == 0xC2 { return rest >= 2 && utf8[index + 1] == 0x85 ? 2 : 0 }
        if byte == 0xE1 { return rest >= 3 && utf8[index + 1] == 0x9A && utf8[index + 2] == 0x80 ? 3 : 0 }
        if byte == 0xE2 { return rest >= 3 && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9) ? 3 : 0 }
        return 0
    }
}
