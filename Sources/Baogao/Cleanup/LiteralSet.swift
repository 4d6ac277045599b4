#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Many strings searched for in one pass over UTF-8 text, character by character.
///
/// Every needle is filed under its first character (its code point, folded to 16 bits); a 64 Kbit
/// table answers "could a needle start with this character?", so a line is read once whatever
/// the number of needles, and only needles that start with the very character are compared.
/// Chinese text defeats a `memchr` on a needle's first byte (most CJK characters start with
/// 0xE4–0xE9), which made one search per needle the largest cost of the rules.
struct LiteralSet: Sendable {
    /// The needles, in the order given.
    let needles: [String]
    /// All needles' UTF-8 bytes, one after another.
    private let bytes: [UInt8]
    /// Where each needle starts in `bytes` (one more entry at the end).
    private let offsets: [Int32]
    /// Bit `k` is set when some needle starts with a character of key `k` (see ``key``): the one
    /// test at each character. (A test of the first two bytes before it, which spared most
    /// characters the key, took more time than it saved: its branch mispredicts on Chinese text.)
    private let keys: [UInt64]
    /// Set bits of `keys` before each of its words: with the bits below in the word, the rank of
    /// a key among all keys (no hashing on the hot path).
    private let keyRanks: [UInt16]
    /// Where the needles of the key of each rank start in `byKey` (one more entry at the end).
    private let starts: [Int32]
    /// Needle indices grouped by key (keys in ascending order), ascending within a group.
    private let byKey: [Int32]
    /// The empty needles (they occur in every text).
    private let emptyNeedles: [Int]

    /// A set of `needles` (compared byte for byte).
    init(_ needles: [String]) {
        self.needles = needles
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        var groups: [UInt16: [Int32]] = [:]
        for (index, needle) in needles.enumerated() {
            let utf8 = Array(needle.utf8)
            if !utf8.isEmpty {
                utf8.withUnsafeBufferPointer { groups[LiteralSet.key($0, at: 0).key, default: []].append(Int32(index)) }
            }
            bytes += utf8
            offsets.append(Int32(bytes.count))
        }
        emptyNeedles = needles.indices.filter { needles[$0].isEmpty }
        var keys = [UInt64](repeating: 0, count: 1_024)
        var starts: [Int32] = [0]
        var byKey: [Int32] = []
        for key in groups.keys.sorted() {
            keys[Int(key) >> 6] |= 1 << UInt64(key & 63)
            byKey += groups[key]!
            starts.append(Int32(byKey.count))
        }
        var keyRanks = [UInt16](repeating: 0, count: 1_024)
        for word in 1..<1_024 { keyRanks[word] = keyRanks[word - 1] + UInt16(keys[word - 1].nonzeroBitCount) }
        self.bytes = bytes
        self.offsets = offsets
        self.keys = keys
        self.keyRanks = keyRanks
        self.starts = starts
        self.byKey = byKey
    }

    /// The key of the character at `index` (its code point, folded to 16 bits) and its length in bytes.
    @inline(__always)
    private static func key(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (key: UInt16, length: Int) {
        let lead = text[index]
        let rest = text.count - index
        if lead < 0xC0 || rest < 2 { return (UInt16(lead), 1) }
        if lead < 0xE0 { return (UInt16(lead & 0x1F) << 6 | UInt16(text[index + 1] & 0x3F), 2) }
        if rest < 3 { return (UInt16(lead), 1) }
        let low = UInt16(text[index + 1] & 0x3F) << 6 | UInt16(text[index + 2] & 0x3F)
        if lead < 0xF0 { return (UInt16(lead & 0x0F) << 12 | low, 3) }
        return (low, rest < 4 ? 1 : 4)
    }

    /// The smallest index of a needle that occurs in `text`, or nil.
    func firstNeedle(in text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { scan($0, ranked: needles.count, masks: [], stopAtFirst: false).first }
    }

    /// Whether some needle occurs in `text`.
    func occurs(in text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { scan($0, ranked: needles.count, masks: [], stopAtFirst: true).first } != nil
    }

    /// Whether some needle occurs in `bytes`.
    func occurs(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scan(bytes, ranked: needles.count, masks: [], stopAtFirst: true).first != nil
    }

    /// Whether some needle occurs in a whole page of valid UTF-8: one ``ByteSearch`` per needle.
    ///
    /// For a few needles in a long text this beats the one-pass scan, which read each page of
    /// `../shared/corpus` character by character for the site profile's texts (its paths name no
    /// profile): 17% of that run's instructions. In valid UTF-8 a needle found anywhere starts at
    /// a character, as the scan requires.
    func occurs(inPage bytes: [UInt8]) -> Bool {
        guard emptyNeedles.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { page in
            self.bytes.withUnsafeBufferPointer { needleBytes in
                offsets.indices.dropLast().contains { index in
                    let needle = UnsafeBufferPointer(rebasing: needleBytes[Int(offsets[index])..<Int(offsets[index + 1])])
                    return ByteSearch.contains(page, needle)
                }
            }
        }
    }

    /// The union of `masks[i]` over every needle `i` that occurs in `text` (`masks` has one entry
    /// per needle): which of several groups of needles occur, in one pass.
    func union(of masks: [UInt64], occurringIn text: String) -> UInt64 {
        scan(text, ranked: 0, masks: masks).groups
    }

    /// One pass over `text` for two kinds of needle: of the first `ranked` needles, the smallest
    /// index that occurs; of the others, the union of `masks[i]` over those that occur (`masks`
    /// has an entry per needle; those of ranked needles are not read).
    func scan(_ text: String, ranked: Int, masks: [UInt64]) -> (first: Int?, groups: UInt64) {
        var copy = text
        return copy.withUTF8 { scan(utf8: $0, ranked: ranked, masks: masks) }
    }

    /// ``scan(_:ranked:masks:)`` of valid UTF-8.
    func scan(utf8 text: UnsafeBufferPointer<UInt8>, ranked: Int, masks: [UInt64]) -> (first: Int?, groups: UInt64) {
        scan(text, ranked: ranked, masks: masks, stopAtFirst: false)
    }

    private func scan(_ text: UnsafeBufferPointer<UInt8>, ranked: Int, masks: [UInt64], stopAtFirst: Bool) -> (first: Int?, groups: UInt64) {
        var best = Int.max
        var found: UInt64 = 0
        for index in emptyNeedles {
            if index < ranked { best = min(best, index) } else { found |= masks[index] }
        }
        if stopAtFirst && best != Int.max { return (best, found) }
        let count = text.count
        guard let base = text.baseAddress, byKey.count > 0 else { return (best == Int.max ? nil : best, found) }
        return keys.withUnsafeBufferPointer { keys in
            keyRanks.withUnsafeBufferPointer { keyRanks in
                bytes.withUnsafeBufferPointer { bytes in
                    var position = 0
                    while position < count {
                        // Needles start at a character, so the text is read character by character;
                        // the loop that finds the next character some needle starts with keeps
                        // nothing else live (with the candidates' work inside it, its state was
                        // spilled to the stack at every character).
                        var key: UInt16 = 0
                        var length = 0
                        var word: UInt64 = 0
                        var bit: UInt64 = 0
                        repeat {
                            (key, length) = LiteralSet.key(text, at: position)
                            word = keys[Int(key) >> 6]
                            bit = UInt64(1) << UInt64(key & 63)
                            if word & bit != 0 { break }
                            position += length
                        } while position < count
                        if position < count {
                            let rank = Int(keyRanks[Int(key) >> 6]) + (word & (bit - 1)).nonzeroBitCount
                            for slot in Int(starts[rank])..<Int(starts[rank + 1]) {
                                let index = Int(byKey[slot])
                                // Needles of a key come in index order: ranked ones first.
                                if index < ranked ? index >= best : masks[index] & ~found == 0 { continue }
                                let start = Int(offsets[index])
                                let size = Int(offsets[index + 1]) - start
                                if size <= count - position, memcmp(base + position, bytes.baseAddress! + start, size) == 0 {
                                    if index < ranked {
                                        best = index
                                        if stopAtFirst { return (best, found) }
                                    } else {
                                        found |= masks[index]
                                    }
                                }
                            }
                        }
                        position += length
                    }
                    return (best == Int.max ? nil : best, found)
                }
            }
        }
    }
}
