/// Writes compact JSON into a byte buffer: keys in the order written, `/` not escaped, non-ASCII
/// as raw UTF-8, integral numbers without a fraction. Hand-written because `JSONEncoder` was the
/// slowest part of the write path (see `docs/performance.md`).
///
/// Strings are copied in runs: eight bytes at a time are checked for a byte that needs escaping
/// (a control character, `"` or `\`), and a run without one is appended in one copy.
public struct JSONWriter {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value or key needs a comma before it. After a container closes its
    /// parent always holds a value, so one flag is enough (no stack of levels).
    private var needsComma = false

    /// Creates an empty writer.
    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object (as a value or an array element).
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Opens an array.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Ends a line of JSON Lines: a newline, and the next value starts a new top-level value
    /// (no comma before it).
    public mutating func endLine() {
        bytes.append(0x0A)
        needsComma = false
    }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes an object key that is not a literal.
    public mutating func keyDynamic(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes members that are already JSON (`"a":1,"b":"x"`, as ``bytes`` of another writer
    /// holds them after an unclosed ``beginObject()`` without the brace) into the open object.
    public mutating func members<Encoded: Collection>(_ encoded: Encoded) where Encoded.Element == UInt8 {
        guard !encoded.isEmpty else { return }
        separate()
        bytes.append(contentsOf: encoded)
    }

    /// Writes a string value.
    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { quoted($0) }
    }

    /// Writes a string value given as valid UTF-8.
    public mutating func string(utf8 value: [UInt8]) {
        value.withUnsafeBufferPointer { quoted($0) }
    }

    /// Writes valid UTF-8 as a string value.
    private mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        escape(utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a string value, or null.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an integer value.
    public mutating func number(_ value: Int) {
        separate()
        appendDecimal(value)
    }

    /// Writes an integer value, or null.
    public mutating func number(_ value: Int?) {
        if let value { number(value) } else { null() }
    }

    /// Writes a number: integral values up to 2^53 without a fraction (`23000000000`), others shortest (`6.5`).
    public mutating func number(_ value: Double) {
        separate()
        if value.isNaN || value.isInfinite {
            bytes.append(contentsOf: "null".utf8)
        } else if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            appendDecimal(Int(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Writes a Boolean value.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes null.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    /// Appends an integer in decimal, without going through `String`.
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // 20 digits hold UInt64.max.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends UTF-8 with JSON escapes, copying runs that need none in one go.
    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var runStart = 0
        var index = 0
        while index < count {
            // Skip eight bytes at a time while none of them needs escaping.
            while index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if Self.needsEscape(word) { break }
                index += 8
            }
            // Then byte by byte up to the next byte that needs escaping (or the end of the word).
            let wordEnd = min(index + 8, count)
            while index < wordEnd, !Self.needsEscape(base[index]) { index += 1 }
            guard index < wordEnd else { continue }
            let byte = base[index]
            if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
            appendEscape(byte)
            index += 1
            runStart = index
        }
        if count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
    }

    /// Whether a byte must be escaped in a JSON string.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of the eight bytes of `word` must be escaped (exact: no false positives).
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20; bytes of 0x80 and up are excluded by `~word`.
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quoteZero = (quote &- ones) & ~quote & highs
        let backslashZero = (backslash &- ones) & ~backslash & highs
        return (control | quoteZero | backslashZero) != 0
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(0x5C); bytes.append(0x22)
        case UInt8(ascii: "\\"): bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
        }
    }
}
