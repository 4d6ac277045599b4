/// A set of BMP scalar values as a bitmap: membership without hashing, for per-character tests.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    /// An empty set.
    init() {}

    /// The set of the scalars of `characters`.
    init(_ characters: String) {
        for scalar in characters.unicodeScalars { insert(scalar.value) }
    }

    /// The set of the first scalars of `words`.
    init(firstsOf words: [[UInt32]]) {
        for word in words { if let first = word.first { insert(first) } }
    }

    /// Adds `value` (ignored outside the BMP).
    mutating func insert(_ value: UInt32) {
        guard value < 0x10000 else { return }
        bits[Int(value >> 6)] |= 1 << (UInt64(value) & 63)
    }

    /// Calls `body` with each index in `range` of `values` whose value is in the set: one pass
    /// without bounds checks (the section cues' scan of a whole report went scalar by scalar).
    @inline(__always)
    func forEachMember(of values: [UInt32], in range: Range<Int>, _ body: (Int) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= values.count)
        bits.withUnsafeBufferPointer { bits in
            values.withUnsafeBufferPointer { values in
                for index in range {
                    let value = values[index]
                    if value < 0x10000 && bits[Int(value >> 6)] & (1 << (UInt64(value) & 63)) != 0 { body(index) }
                }
            }
        }
    }

    /// Whether `value` is in the set.
    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        value < 0x10000 && bits[Int(value >> 6)] & (1 << (UInt64(value) & 63)) != 0
    }
}
