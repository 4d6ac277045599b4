/// The gazetteer's names as a trie over scalars, for text read as standalone scalars (`StandaloneScalar`).
struct GazetteerNameTrie: Sendable {
    /// A name and the units it refers to.
    struct Name: Sendable {
        /// The name as stored in the gazetteer.
        var name: String
        /// The units it refers to.
        var entries: [GazetteerNameEntry]
    }

    /// Children of each node as (scalar, node) pairs sorted by scalar.
    private var children: [[(scalar: UInt32, node: Int32)]] = [[]]
    /// For each node, the index in `names` of the name ending there, or -1.
    private var terminals: [Int32] = [-1]
    private var names: [Name] = []

    /// A trie of `index`'s names, or nil when some name holds a scalar that is not standalone (such a
    /// name could equal differently written text, which only a comparison of characters finds).
    init?(_ index: [String: [GazetteerNameEntry]]) {
        for (name, entries) in index {
            guard name.unicodeScalars.allSatisfy(StandaloneScalar.contains) else { return nil }
            insert(Name(name: name, entries: entries))
        }
    }

    private mutating func insert(_ name: Name) {
        var node = 0
        for scalar in name.name.unicodeScalars {
            if let next = child(of: node, scalar.value) {
                node = next
            } else {
                children.append([])
                terminals.append(-1)
                let created = Int32(children.count - 1)
                let position = children[node].firstIndex { $0.scalar > scalar.value } ?? children[node].count
                children[node].insert((scalar.value, created), at: position)
                node = Int(created)
            }
        }
        names.append(name)
        terminals[node] = Int32(names.count - 1)
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

    /// The longest name of at least `minimumLength` scalars starting at `start` and ending at or before `limit`.
    func longestMatch(in scalars: [Unicode.Scalar], at start: Int, limit: Int, minimumLength: Int) -> (end: Int, name: Name)? {
        var node = 0
        var index = start
        var best: (end: Int, name: Int32)?
        while index < limit {
            guard let next = child(of: node, scalars[index].value) else { break }
            node = next
            index += 1
            if terminals[node] >= 0 && index - start >= minimumLength { best = (index, terminals[node]) }
        }
        guard let best else { return nil }
        return (best.end, names[Int(best.name)])
    }
}
