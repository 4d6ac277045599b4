/// Writes compact JSON into a byte buffer: keys in the order written, `/` not escaped, non-ASCII
/// as raw UTF-8, integral numbers without a fraction. Hand-written because `JSONEncoder` was the
/// slowest part of the write path (see `docs/performance.md`).
///
/// Strings are copied in runs: eight bytes at a time are checked for a byte that needs escaping
/// (a control character, `"` or `\`), and a run without one is appended in one copy.
///
/// The writer owns its buffer (it is not copyable): each call checks the room it needs once and
/// stores its bytes, where an `Array` checks uniqueness and capacity per appended byte; a record's
/// entities (tens of thousands of keys and short strings per run) cost about twice as many
/// instructions that way.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Whether the next value or key needs a comma before it. After a container closes its
    /// parent always holds a value, so one flag is enough (no stack of levels).
    private var needsComma = false

    /// Creates an empty writer with room for `capacity` bytes (it grows as needed).
    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The JSON written so far (a copy).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Opens an object (as a value or an array element).
    public mutating func beginObject() {
        separate()
        put(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        put(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Opens an array.
    public mutating func beginArray() {
        separate()
        put(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        put(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Ends a line of JSON Lines: a newline, and the next value starts a new top-level value
    /// (no comma before it).
    public mutating func endLine() {
        put(0x0A)
        needsComma = false
    }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        reserve(length + 4)
        if needsComma { store(UInt8(ascii: ",")) }
        store(UInt8(ascii: "\""))
        (base + count).update(from: name.utf8Start, count: length)
        count += length
        store(UInt8(ascii: "\""))
        store(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes an object key that is not a literal.
    public mutating func keyDynamic(_ name: String) {
        string(name)
        put(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes members that are already JSON (`"a":1,"b":"x"`, as ``bytes`` of another writer
    /// holds them after an unclosed ``beginObject()`` without the brace) into the open object.
    public mutating func members<Encoded: Collection>(_ encoded: Encoded) where Encoded.Element == UInt8 {
        guard !encoded.isEmpty else { return }
        separate()
        if encoded.withContiguousStorageIfAvailable({ put($0) }) == nil { put(Array(encoded)) }
    }

    /// Writes a string value.
    public mutating func string(_ value: String) {
        // A native string's bytes are read in place (no copy of the string to make them
        // contiguous: a retain and a release per value, 90,000 values on 240 pages).
        if value.utf8.withContiguousStorageIfAvailable({ quoted($0) }) != nil { return }
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
        put(UInt8(ascii: "\""))
        escape(utf8)
        put(UInt8(ascii: "\""))
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
            put("null")
        } else if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            appendDecimal(Int(value))
        } else {
            var text = value.description
            text.withUTF8 { put($0) }
        }
    }

    /// Writes a Boolean value.
    public mutating func bool(_ value: Bool) {
        separate()
        put(value ? "true" : "false")
    }

    /// Writes null.
    public mutating func null() {
        separate()
        put("null")
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { put(UInt8(ascii: ",")) }
        needsComma = true
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Stores a byte in room already reserved.
    @inline(__always)
    private mutating func store(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        reserve(1)
        store(byte)
    }

    private mutating func put(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, !run.isEmpty else { return }
        reserve(run.count)
        (base + count).update(from: source, count: run.count)
        count += run.count
    }

    private mutating func put(_ run: [UInt8]) {
        run.withUnsafeBufferPointer { put($0) }
    }

    private mutating func put(_ literal: StaticString) {
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends an integer in decimal, without going through `String`.
    private mutating func appendDecimal(_ value: Int) {
        reserve(21)
        if value < 0 { store(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // 20 digits hold UInt64.max: counted first, then written from the last.
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        var position = count + digits
        count = position
        repeat {
            position -= 1
            base[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends UTF-8 with JSON escapes, copying runs that need none in one go.
    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let source = utf8.baseAddress else { return }
        let length = utf8.count
        var runStart = 0
        var index = 0
        while index < length {
            // Skip eight bytes at a time while none of them needs escaping.
            while index + 8 <= length {
                let word = UInt64(littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
                if Self.needsEscape(word) { break }
                index += 8
            }
            // Then byte by byte up to the next byte that needs escaping (or the end of the word).
            let wordEnd = min(index + 8, length)
            while index < wordEnd, !Self.needsEscape(source[index]) { index += 1 }
            guard index < wordEnd else { continue }
            let byte = source[index]
            if index > runStart { put(UnsafeBufferPointer(start: source + runStart, count: index - runStart)) }
            appendEscape(byte)
            index += 1
            runStart = index
        }
        if length > runStart { put(UnsafeBufferPointer(start: source + runStart, count: length - runStart)) }
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
        reserve(6)
        store(0x5C)
        switch byte {
        case UInt8(ascii: "\""): store(0x22)
        case UInt8(ascii: "\\"): store(0x5C)
        case 0x0A: store(UInt8(ascii: "n"))
        case 0x0D: store(UInt8(ascii: "r"))
        case 0x09: store(UInt8(ascii: "t"))
        default:
            store(UInt8(ascii: "u")); store(0x30); store(0x30)
            store(Self.hex[Int(byte >> 4)]); store(Self.hex[Int(byte & 0xF)])
        }
    }
}
