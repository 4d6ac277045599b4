/// A trie of indicator names over scalars; matching skips whitespace inside a name (`国内\n生产总值`).
struct IndicatorNameTrie: Sendable {
    /// The names, with their definition's index as value.
    private var trie = ScalarTrie()
    /// The scalars that start some name.
    private var starts = ScalarSet("")

    /// Adds `name` for definition `definition`; an earlier insertion of the same name wins.
    mutating func insert(_ name: String, definition: Int) {
        let scalars = ScalarClass.word(name)
        guard let first = scalars.first else { return }
        trie.insert(scalars, value: definition)
        starts.insert(first)
    }

    /// Whether some name starts with `value`.
    @inline(__always)
    func canStart(_ value: UInt32) -> Bool {
        starts.contains(value)
    }

    /// The longest name starting at `start` and ending before `limit`.
    func longestMatch(in text: NumericText, at start: Int, limit: Int) -> (end: Int, definition: Int)? {
        var node = ScalarTrie.root
        var index = start
        var best: (end: Int, definition: Int)?
        while index < limit {
            let value = text[index]
            if index > start, ScalarClass.isSpace(value) {
                index += 1
                continue
            }
            guard let next = trie.child(of: node, value) else { break }
            node = next
            index += 1
            if let definition = trie.value(at: node) { best = (index, definition) }
        }
        return best
    }
}
