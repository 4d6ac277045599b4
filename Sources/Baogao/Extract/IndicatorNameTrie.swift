/// A trie of indicator names over scalars; matching skips whitespace inside a name (`国内\n生产总值`).
struct IndicatorNameTrie: Sendable {
    /// Children of each node as (scalar, node) pairs sorted by scalar.
    private var children: [[(scalar: UInt32, node: Int32)]] = [[]]
    private var terminals: [Int32] = [-1]
    /// The scalars that start some name.
    private var starts = ScalarSet("")

    /// Adds `name` for definition `definition`; an earlier insertion of the same name wins.
    mutating func insert(_ name: String, definition: Int) {
        let scalars = ScalarClass.word(name)
        guard let first = scalars.first else { return }
        var node = 0
        for scalar in scalars {
            if let next = child(of: node, scalar) {
                node = next
            } else {
                children.append([])
                terminals.append(-1)
                let created = Int32(children.count - 1)
                let position = children[node].firstIndex { $0.scalar > scalar } ?? children[node].count
                children[node].insert((scalar, created), at: position)
                node = Int(created)
            }
        }
        if terminals[node] < 0 { terminals[node] = Int32(definition) }
        starts.insert(first)
    }

    /// Whether some name starts with `value`.
    @inline(__always)
    func canStart(_ value: UInt32) -> Bool {
        starts.contains(value)
    }

    /// The child of `node` along `scalar` (binary search).
    @inline(__always)
    private func child(of node: Int, _ scalar: UInt32) -> Int? {
        let list = children[node]
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            let value = list[middle].scalar
            if value == scalar { return Int(list[middle].node) }
            if value < scalar { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The longest name starting at `start` and ending before `limit`.
    func longestMatch(in text: NumericText, at start: Int, limit: Int) -> (end: Int, definition: Int)? {
        var node = 0
        var index = start
        var best: (end: Int, definition: Int)?
        while index < limit {
            let value = text[index]
            if index > start, ScalarClass.isSpace(value) {
                index += 1
                continue
            }
            guard let next = child(of: node, value) else { break }
            node = next
            index += 1
            if terminals[node] >= 0 { best = (index, Int(terminals[node])) }
        }
        return best
    }
}
