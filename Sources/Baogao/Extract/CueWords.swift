/// A list of words with a bitmap of their first scalars, for fast "does any occur here" tests.
struct CueWords: Sendable {
    /// The words, longest first.
    let words: [[UInt32]]
    private let firsts: ScalarSet

    /// Creates the list.
    init(_ words: [[UInt32]]) {
        self.words = words.sorted { $0.count > $1.count }
        firsts = ScalarSet(firstsOf: words)
    }

    /// The index in `words` of the longest word at `index`.
    @inline(__always)
    func match(in text: NumericText, at index: Int) -> Int? {
        let value = text[index]
        guard firsts.contains(value) else { return nil }
        for number in words.indices where words[number][0] == value && text.has(words[number], at: index) {
            return number
        }
        return nil
    }

    /// Whether a word lies wholly inside `range`.
    func occurs(in text: NumericText, _ range: Range<Int>) -> Bool {
        for index in range {
            if let number = match(in: text, at: index), index + words[number].count <= range.upperBound { return true }
        }
        return false
    }
}
