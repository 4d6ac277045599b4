/// Checks whether bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
public enum UTF8Validator {
    /// The length of a well-formed sequence starting with `lead` and the range its second byte
    /// must be in (Unicode Table 3-7), or nil when `lead` cannot start one.
    @inline(__always)
    static func sequence(startingWith lead: UInt8) -> (length: Int, lower: UInt8, upper: UInt8)? {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80, 0xBF)
        case 0xE0: return (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
        case 0xED: return (3, 0x80, 0x9F)
        case 0xF0: return (4, 0x90, 0xBF)
        case 0xF1...0xF3: return (4, 0x80, 0xBF)
        case 0xF4: return (4, 0x80, 0x8F)
        default: return nil
        }
    }

    /// The index after the run of ASCII eight-byte words starting at `index` (markup is mostly
    /// ASCII: the fast path of validation and of `isMostlyUTF8`).
    @inline(__always)
    static func afterASCIIWords(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        return index
    }

    /// The index after the run of three-byte sequences led by E1–EC or EE–EF starting at `index`
    /// (ideographs and CJK punctuation), checked four bytes at a time.
    @inline(__always)
    static func afterThreeByteRun(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index + 4 <= bytes.count {
            let word = UInt32(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt32.self))
            // Lead 1110xxxx, then two continuation bytes 10xxxxxx.
            guard word & 0x00C0_C0F0 == 0x0080_80E0 else { break }
            let lead = UInt8(truncatingIfNeeded: word)
            guard lead != 0xE0 && lead != 0xED else { break }
            index += 3
        }
        return index
    }

    /// The code point of the sequence of `length` (2–4) bytes at `index`, which the caller has
    /// checked is there (shared by the NFKC table and the normaliser).
    @inline(__always)
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        switch length {
        case 2: return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 3: return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default:
            return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        }
    }

    /// Whether `bytes` is valid UTF-8.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                // Eight bytes at a time through ASCII (markup), tried only after an ASCII byte: a
                // try before every ideograph cost a third of validating Chinese text.
                index = afterASCIIWords(bytes, from: index + 1)
                continue
            }
            // Most Chinese text: runs of three bytes led by E1–EC or EE–EF, whose second byte may
            // be any continuation byte (Table 3-7), each checked in one 32-bit word (the byte
            // after it is not looked at) without the general path.
            let runStart = index
            index = afterThreeByteRun(bytes, from: index)
            if index > runStart { continue }
            guard let (length, lower, upper) = sequence(startingWith: lead) else { return false }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return false }
            var position = index + 2
            while position < index + length {
                guard bytes[position] & 0xC0 == 0x80 else { return false }
                position += 1
            }
            index += length
        }
        return true
    }

    /// Whether `bytes` is valid UTF-8.
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }
}

extension UTF8Validator {
    /// Whether `bytes` read as UTF-8 are mostly well-formed: at least `minimumSequences`
    /// multibyte sequences and at most one invalid byte per `sequencesPerInvalid` of them. This
    /// tells UTF-8 with a few bad bytes from a legacy encoding, which has far more invalid bytes
    /// than sequences; the scan stops once the remaining bytes could no longer change the answer.
    public static func isMostlyUTF8(_ bytes: [UInt8], sequencesPerInvalid: Int, minimumSequences: Int) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var multibyte = 0
            var invalid = 0
            var index = 0
            let count = bytes.count
            while index < count {
                index = afterASCIIWords(bytes, from: index)
                guard index < count else { break }
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: length = 0
                }
                var valid = length > 0 && index + length <= count
                if valid {
                    for position in index + 1..<index + length where bytes[position] & 0xC0 != 0x80 {
                        valid = false
                        break
                    }
                }
                if valid {
                    multibyte += 1
                    index += length
                } else {
                    invalid += 1
                    index += 1
                    // Every later sequence takes at least two bytes.
                    if invalid * sequencesPerInvalid > multibyte + (count - index) / 2 { return false }
                }
            }
            return multibyte >= minimumSequences && invalid * sequencesPerInvalid <= multibyte
        }
    }
}

extension UTF8Validator {
    /// `bytes` with every ill-formed sequence replaced by U+FFFD — one per maximal subpart, as the
    /// Unicode standard recommends and browsers do — and how many were replaced. Surrogates,
    /// overlongs and code points past U+10FFFF are ill-formed; the result is always valid UTF-8.
    public static func repaired(_ bytes: [UInt8]) -> (utf8: [UInt8], replacements: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var replacements = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                output.append(lead)
                index += 1
                continue
            }
            let (length, lower, upper) = sequence(startingWith: lead) ?? (0, 0x80, 0xBF)
            var end = index + 1
            var wellFormed = length > 0
            if wellFormed {
                if end < count && bytes[end] >= lower && bytes[end] <= upper {
                    end += 1
                    while end < index + length {
                        guard end < count && bytes[end] & 0xC0 == 0x80 else {
                            wellFormed = false
                            break
                        }
                        end += 1
                    }
                } else {
                    wellFormed = false
                }
            }
            if wellFormed {
                output.append(contentsOf: bytes[index..<end])
            } else {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replacements += 1
            }
            index = end
        }
        return (output, replacements)
    }
}
