#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Many strings searched for in one pass over UTF-8 text, character by character.
///
/// Every needle is filed under its first two bytes (a 64 Kbit table answers "could a needle start
/// here?"), so a line is read once whatever the number of needles; `memcmp` confirms the few
/// candidates. Chinese text defeats a `memchr` on a needle's first byte (most CJK characters
/// start with 0xE4–0xE9), which made one search per needle the largest cost of the rules.
struct LiteralSet: Sendable {
    /// The needles, in the order given (as UTF-8).
    let needles: [[UInt8]]
    /// Bit `b0 << 8 | b1` is set when some needle starts with the bytes `b0 b1`.
    private let heads: [UInt64]
    /// Set bits of `heads` before each of its words: with the bits below in the word, the rank of
    /// a head among all heads (no hashing on the hot path).
    private let headRanks: [UInt16]
    /// Where the needles of the head of each rank start in `byHead` (one more entry at the end).
    private let starts: [Int32]
    /// Needle indices grouped by head (heads in ascending order), ascending within a group.
    private let byHead: [Int32]
    /// The first one-byte needle of each byte, or -1.
    private let singles: [Int32]
    /// The first empty needle (it occurs in every text), if any.
    private let emptyNeedle: Int?

    /// A set of `needles` (compared byte for byte).
    init(_ needles: [String]) {
        let needles = needles.map { Array($0.utf8) }
        self.needles = needles
        emptyNeedle = needles.firstIndex { $0.isEmpty }
        var singles = [Int32](repeating: -1, count: 256)
        var groups: [UInt16: [Int32]] = [:]
        for (index, needle) in needles.enumerated() {
            switch needle.count {
            case 0: continue
            case 1: if singles[Int(needle[0])] < 0 { singles[Int(needle[0])] = Int32(index) }
            default: groups[UInt16(needle[0]) << 8 | UInt16(needle[1]), default: []].append(Int32(index))
            }
        }
        var heads = [UInt64](repeating: 0, count: 1_024)
        var starts: [Int32] = [0]
        var byHead: [Int32] = []
        for head in groups.keys.sorted() {
            heads[Int(head) >> 6] |= 1 << UInt64(head & 63)
            byHead += groups[head]!
            starts.append(Int32(byHead.count))
        }
        var headRanks = [UInt16](repeating: 0, count: 1_024)
        for word in 1..<1_024 { headRanks[word] = headRanks[word - 1] + UInt16(heads[word - 1].nonzeroBitCount) }
        self.heads = heads
        self.headRanks = headRanks
        self.starts = starts
        self.byHead = byHead
        self.singles = singles
    }

    /// The smallest index of a needle that occurs in `text`, or nil.
    func firstNeedle(in text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { firstNeedle(in: $0, stopAtFirst: false) }
    }

    /// Whether some needle occurs in `text`.
    func occurs(in text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { firstNeedle(in: $0, stopAtFirst: true) } != nil
    }

    /// Whether some needle occurs in valid UTF-8 `bytes`.
    func occurs(in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { firstNeedle(in: $0, stopAtFirst: true) } != nil
    }

    private func firstNeedle(in bytes: UnsafeBufferPointer<UInt8>, stopAtFirst: Bool) -> Int? {
        if needles.isEmpty { return nil }
        if stopAtFirst, let emptyNeedle { return emptyNeedle }
        var best = emptyNeedle ?? Int.max
        let count = bytes.count
        guard let base = bytes.baseAddress else { return emptyNeedle }
        var position = 0
        while position < count {
            let byte = base[position]
            let single = Int(singles[Int(byte)])
            if single >= 0 && single < best {
                best = single
                if stopAtFirst { return best }
            }
            if position + 1 < count {
                let head = Int(byte) << 8 | Int(base[position + 1])
                let word = heads[head >> 6]
                let bit = UInt64(1) << UInt64(head & 63)
                if word & bit != 0 {
                    let rank = Int(headRanks[head >> 6]) + (word & (bit - 1)).nonzeroBitCount
                    for slot in Int(starts[rank])..<Int(starts[rank + 1]) {
                        let index = Int(byHead[slot])
                        if index >= best { break }
                        let needle = needles[index]
                        if needle.count <= count - position,
                           needle.withUnsafeBufferPointer({ memcmp(base + position, $0.baseAddress!, $0.count) }) == 0 {
                            best = index
                            if stopAtFirst { return best }
                            break
                        }
                    }
                }
            }
            // Needles start at a character: step to the next one (continuation bytes cannot start one).
            position += byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        }
        return best == Int.max ? nil : best
    }
}
