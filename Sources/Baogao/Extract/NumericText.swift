/// A text decoded to Unicode scalar values, so that array indices are scalar offsets.
struct NumericText: Sendable {
    /// The scalar values of the text.
    let scalars: [UInt32]

    /// Decodes `text`.
    init(_ text: String) {
        var text = text
        scalars = text.withUTF8 { bytes in
            var scalarCount = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalarCount += 1 }
            return [UInt32](unsafeUninitializedCapacity: scalarCount) { buffer, initialized in
                var index = 0
                var written = 0
                let count = bytes.count
                while index < count, written < scalarCount {
                    let lead = UInt32(bytes[index])
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
                    buffer[written] = value
                    written += 1
                }
                initialized = written
            }
        }
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
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var written = 0
            for index in range {
                let value = scalars[index]
                if value < 0x80 {
                    buffer[written] = UInt8(value)
                    written += 1
                } else if value < 0x800 {
                    buffer[written] = UInt8(0xC0 | value >> 6)
                    buffer[written + 1] = UInt8(0x80 | value & 0x3F)
                    written += 2
                } else if value < 0x10000 {
                    buffer[written] = UInt8(0xE0 | value >> 12)
                    buffer[written + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[written + 2] = UInt8(0x80 | value & 0x3F)
                    written += 3
                } else {
                    buffer[written] = UInt8(0xF0 | value >> 18)
                    buffer[written + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[written + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[written + 3] = UInt8(0x80 | value & 0x3F)
                    written += 4
                }
            }
            return written
        }
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
