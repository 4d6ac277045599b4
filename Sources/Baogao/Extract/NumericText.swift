/// A text decoded to Unicode scalar values, so that array indices are scalar offsets.
struct NumericText: Sendable {
    /// The scalar values of the text.
    let scalars: [UInt32]
    /// The text's UTF-8, so that surfaces are sliced from it instead of re-encoded.
    private let source: [UInt8]
    /// The UTF-8 offset of every scalar, plus the text's UTF-8 length at the end.
    private let utf8Offsets: [UInt32]

    /// Decodes `text` in one pass.
    init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    /// Decodes valid UTF-8 in one pass.
    init(utf8 text: [UInt8]) {
        var offsets: [UInt32] = []
        scalars = text.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            return [UInt32](unsafeUninitializedCapacity: count) { values, decoded in
                offsets = [UInt32](unsafeUninitializedCapacity: count + 1) { starts, startCount in
                    var index = 0
                    var written = 0
                    while index < count {
                        let lead = UInt32(bytes[index])
                        starts[written] = UInt32(index)
                        var value: UInt32
                        if lead < 0x80 {
                            value = lead
                            index += 1
                        } else if lead < 0xE0, index + 1 < count {
                            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                            index += 2
                        } else if lead < 0xF0, index + 2 < count {
                            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                            value |= UInt32(bytes[index + 2] & 0x3F)
                            index += 3
                        } else if index + 3 < count {
                            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            value |= UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                            index += 4
                        } else {
                            value = 0xFFFD
                            index += 1
                        }
                        values[written] = value
                        written += 1
                    }
                    starts[written] = UInt32(count)
                    startCount = written + 1
                    decoded = written
                }
            }
        }
        source = text
        utf8Offsets = offsets
    }

    /// The number of scalars.
    var count: Int { scalars.count }

    /// The scalar at `index`, or 0 outside the text.
    @inline(__always)
    subscript(index: Int) -> UInt32 {
        index >= 0 && index < scalars.count ? scalars[index] : 0
    }

    /// The text between two scalar offsets.
    func string(_ range: Range<Int>) -> String {
        String(decoding: source[Int(utf8Offsets[range.lowerBound])..<Int(utf8Offsets[range.upperBound])], as: UTF8.self)
    }

    /// Whether `word` occurs at `index`.
    func has(_ word: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        for offset in 0..<word.count where scalars[index + offset] != word[offset] {
            return false
        }
        return true
    }

    /// Whether `word` occurs just before `end`.
    func has(_ word: [UInt32], endingAt end: Int) -> Bool {
        has(word, at: end - word.count)
    }

    /// The index after at most `limit` whitespace scalars from `index`.
    func skipSpaces(from index: Int, limit: Int = 2) -> Int {
        var current = index
        while current - index < limit, ScalarClass.isSpace(self[current]) { current += 1 }
        return current
    }

    /// The index before at most `limit` whitespace scalars that end at `index`.
    func skipSpaces(before index: Int, limit: Int = 2) -> Int {
        var current = index
        while index - current < limit, current > 0, ScalarClass.isSpace(self[current - 1]) { current -= 1 }
        return current
    }
}
