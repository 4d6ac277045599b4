/// The gazetteer's names as a trie over scalars, for text read as standalone scalars (`StandaloneScalar`).
struct GazetteerNameTrie: Sendable {
    /// A name and the units it refers to.
    struct Name: Sendable {
        /// The name as stored in the gazetteer.
        var name: String
        /// The units it refers to.
        var entries: [GazetteerNameEntry]
    }

    /// The names, with the index in `names` of each as its value.
    private var trie = ScalarTrie()
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
        trie.insert(name.name.unicodeScalars.lazy.map(\.value), value: names.count)
        names.append(name)
    }

    /// The longest name of at least `minimumLength` scalars starting at `start` and ending at or before `limit`.
    func longestMatch(in scalars: [Unicode.Scalar], at start: Int, limit: Int, minimumLength: Int) -> (end: Int, name: Name)? {
        var node = ScalarTrie.root
        var index = start
        var best: (end: Int, name: Int)?
        while index < limit {
            guard let next = trie.child(of: node, scalars[index].value) else { break }
            node = next
            index += 1
            if let name = trie.value(at: node), index - start >= minimumLength { best = (index, name) }
        }
        guard let best else { return nil }
        return (best.end, names[best.name])
    }
}
