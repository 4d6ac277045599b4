/// A list of words stored flat and grouped by first scalar, so that matching at a position only
/// compares the words that start with the scalar found there. Word numbers follow the list order.
struct WordTable: Sendable {
    /// All words, concatenated in list order.
    private let scalars: [UInt32]
    /// Word `n` is `scalars[bounds[n]..<bounds[n + 1]]`.
    private let bounds: [Int]
    /// The distinct first scalars, sorted.
    private let keys: [UInt32]
    /// Word numbers grouped by first scalar (list order within a group); group `k` is `slots[groups[k]..<groups[k + 1]]`.
    private let slots: [Int]
    private let groups: [Int]
    /// The first scalars, for a quick rejection.
    private let firsts: ScalarSet

    /// Indexes `words` (empty words are never matched).
    init(_ words: [[UInt32]]) {
        var scalars: [UInt32] = []
        var bounds = [0]
        for word in words {
            scalars.append(contentsOf: word)
            bounds.append(scalars.count)
        }
        let keys = Array(Set(words.compactMap(\.first))).sorted()
        var slots: [Int] = []
        var groups = [0]
        for key in keys {
            for (number, word) in words.enumerated() where word.first == key { slots.append(number) }
            groups.append(slots.count)
        }
        self.scalars = scalars
        self.bounds = bounds
        self.keys = keys
        self.slots = slots
        self.groups = groups
        firsts = ScalarSet(firstsOf: words)
    }

    /// The number of scalars of word `number`.
    @inline(__always)
    func length(of number: Int) -> Int { bounds[number + 1] - bounds[number] }

    /// Whether some word starts with `value`.
    @inline(__always)
    func canStart(_ value: UInt32) -> Bool { firsts.contains(value) }

    /// Calls `body` with each index in `range` of `values` where some word may start.
    @inline(__always)
    func forEachPossibleStart(in values: [UInt32], range: Range<Int>, _ body: (Int) -> Void) {
        firsts.forEachMember(of: values, in: range, body)
    }

    /// The first word in list order that occurs at `index` and ends at or before `limit`.
    @inline(__always)
    func firstMatch(in text: NumericText, at index: Int, limit: Int = .max) -> Int? {
        let value = text[index]
        guard firsts.contains(value), let group = group(of: value) else { return nil }
        for slot in group {
            let number = slots[slot]
            if index + length(of: number) <= limit, occurs(number, in: text, at: index) { return number }
        }
        return nil
    }

    /// Calls `body` with every word that occurs at `index` and ends at or before `limit`.
    @inline(__always)
    func forEachMatch(in text: NumericText, at index: Int, limit: Int, _ body: (Int) -> Void) {
        let value = text[index]
        guard firsts.contains(value), let group = group(of: value) else { return }
        for slot in group {
            let number = slots[slot]
            if index + length(of: number) <= limit, occurs(number, in: text, at: index) { body(number) }
        }
    }

    /// The slots of the words starting with `value` (binary search over the keys).
    @inline(__always)
    private func group(of value: UInt32) -> Range<Int>? {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            let key = keys[middle]
            if key == value { return groups[middle]..<groups[middle + 1] }
            if key < value { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Whether word `number` occurs at `index` of `text`.
    @inline(__always)
    private func occurs(_ number: Int, in text: NumericText, at index: Int) -> Bool {
        let lower = bounds[number]
        let length = bounds[number + 1] - lower
        guard index >= 0, index + length <= text.count else { return false }
        let textScalars = text.scalars
        for offset in 0..<length where textScalars[index + offset] != scalars[lower + offset] {
            return false
        }
        return true
    }
}
