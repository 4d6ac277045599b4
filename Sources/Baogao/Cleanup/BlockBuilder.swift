/// Accumulates the UTF-8 text of one block, folding whitespace and counting as it goes.
struct BlockBuilder {
    private var bytes: [UInt8] = []
    private var chars = 0
    private var linkChars = 0
    private var punctuation = 0
    private var pendingSpace = false

    /// Appends a text node's bytes.
    mutating func append(_ text: ArraySlice<UInt8>, inLink: Bool) {
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = !bytes.isEmpty
                index += 1
                continue
            }
            // U+00A0 (C2 A0) and U+3000 (E3 80 80) are spaces too.
            if byte == 0xC2, index + 1 < text.endIndex, text[index + 1] == 0xA0 {
                pendingSpace = !bytes.isEmpty
                index += 2
                continue
            }
            if byte == 0xE3, index + 2 < text.endIndex, text[index + 1] == 0x80, text[index + 2] == 0x80 {
                pendingSpace = !bytes.isEmpty
                index += 3
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            if byte & 0xC0 != 0x80 {
                chars += 1
                if inLink { linkChars += 1 }
                if isPunctuation(text, at: index) { punctuation += 1 }
            }
            bytes.append(byte)
            index += 1
        }
    }

    /// The finished block (nil when it has no visible text), and a reset builder.
    mutating func finish(owner: Int, evidence: BlockEvidence) -> TextBlock? {
        defer { self = BlockBuilder() }
        guard chars > 0 else { return nil }
        return TextBlock(
            text: String(decoding: bytes, as: UTF8.self), owner: owner, chars: chars, linkChars: linkChars,
            punctuation: punctuation, evidence: evidence)
    }

    private func isPunctuation(_ text: ArraySlice<UInt8>, at index: Int) -> Bool {
        let byte = text[index]
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { return true }
        guard index + 2 < text.endIndex else { return false }
        let second = text[index + 1]
        let third = text[index + 2]
        if byte == 0xE3 && second == 0x80 { return third == 0x82 || third == 0x81 }  // 。、
        if byte == 0xEF && second == 0xBC { return third == 0x8C || third == 0x9B || third == 0x9A || third == 0x81 || third == 0x9F }  // ，；：！？
        return false
    }
}
