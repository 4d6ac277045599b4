/// Accumulates the UTF-8 text of a page's blocks one after another, folding whitespace and
/// counting as it goes.
struct BlockBuilder {
    /// The text of every finished block, back to back, and then of the current one.
    private(set) var bytes: [UInt8] = []
    /// Where the current block's text starts in ``bytes``.
    private var blockStart = 0
    private var chars = 0
    private var linkChars = 0
    private var punctuation = 0
    private var pendingSpace = false

    /// A builder for a page of `capacity` bytes of text (folding only shortens it).
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends a text node's bytes.
    mutating func append(_ text: ArraySlice<UInt8>, inLink: Bool) {
        text.withUnsafeBufferPointer { append($0, inLink: inLink) }
    }

    /// Appends bytes: runs between spaces are copied whole, counting characters and punctuation.
    private mutating func append(_ text: UnsafeBufferPointer<UInt8>, inLink: Bool) {
        let end = text.count
        var index = 0
        while index < end {
            let space = BlockBuilder.spaceLength(text, at: index)
            if space > 0 {
                pendingSpace = bytes.count > blockStart
                index += space
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            let start = index
            // Counted in locals and added once per run: counted in the properties, they were
            // stored to memory at every character.
            var runChars = 0
            var runPunctuation = 0
            repeat {
                let byte = text[index]
                if byte >= 0xE4 && byte <= 0xE9 && index + 2 < end {
                    // Ideographs (U+4000–U+9FFF), most of the text: each one character, neither
                    // space nor punctuation, read whole (the tree's text is valid UTF-8, so the
                    // two bytes after a lead continue it), the run of them in a loop of its own.
                    repeat {
                        runChars += 1
                        index += 3
                    } while index + 2 < end && text[index] >= 0xE4 && text[index] <= 0xE9
                    continue
                }
                if byte & 0xC0 != 0x80 {
                    runChars += 1
                    if (byte == 0x2C || byte == 0x3B || byte == 0xE3 || byte == 0xEF) && isPunctuation(text, at: index) {
                        runPunctuation += 1
                    }
                }
                index += 1
            } while index < end && BlockBuilder.spaceLength(text, at: index) == 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            chars += runChars
            punctuation += runPunctuation
            if inLink { linkChars += runChars }
        }
    }

    /// The length of the space at `index` (ASCII white space, U+00A0 `C2 A0`, U+3000 `E3 80 80`), or 0.
    @inline(__always)
    private static func spaceLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = text[index]
        if byte > 0x20 && byte != 0xC2 && byte != 0xE3 { return 0 }
        if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C { return 1 }
        if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0xA0 { return 2 }
        if byte == 0xE3, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// The finished block (nil when it has no visible text) without its text, and where its text
    /// is in ``bytes``: the caller gives the blocks slices of the whole buffer once the page is
    /// done (a slice taken earlier would make the next append copy the buffer). One buffer per
    /// page, not an array or a String per block: most blocks never become a String (see
    /// ``TextBlock/text``).
    mutating func finish(owner: Int, evidence: BlockEvidence) -> (block: TextBlock, text: Range<Int>)? {
        defer {
            blockStart = bytes.count
            (chars, linkChars, punctuation, pendingSpace) = (0, 0, 0, false)
        }
        guard chars > 0 else {
            bytes.removeSubrange(blockStart...)
            return nil
        }
        let block = TextBlock(
            utf8: [], owner: owner, chars: chars, linkChars: linkChars, punctuation: punctuation, evidence: evidence)
        return (block, blockStart..<bytes.count)
    }

    private func isPunctuation(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = text[index]
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { return true }
        guard index + 2 < text.count else { return false }
        let second = text[index + 1]
        let third = text[index + 2]
        if byte == 0xE3 && second == 0x80 { return third == 0x82 || third == 0x81 }  // 。、
        if byte == 0xEF && second == 0xBC { return third == 0x8C || third == 0x9B || third == 0x9A || third == 0x81 || third == 0x9F }  // ，；：！？
        return false
    }
}
