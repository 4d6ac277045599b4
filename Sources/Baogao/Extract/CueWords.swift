/// A list of words indexed by first scalar, for fast "does any occur here" tests.
struct CueWords: Sendable {
    /// The words, longest first.
    let words: [[UInt32]]
    private let table: WordTable

    /// Creates the list.
    init(_ words: [[UInt32]]) {
        self.words = words.sorted { $0.count > $1.count }
        table = WordTable(self.words)
    }

    /// The index in `words` of the longest word at `index`.
    @inline(__always)
    func match(in text: NumericText, at index: Int) -> Int? {
        table.firstMatch(in: text, at: index)
    }

    /// Whether a word lies wholly inside `range` (the longest word at a position must fit).
    func occurs(in text: NumericText, _ range: Range<Int>) -> Bool {
        for index in range {
            if let number = table.firstMatch(in: text, at: index), index + table.length(of: number) <= range.upperBound {
                return true
            }
        }
        return false
    }
}
