/// A trie over Unicode scalar values: each node's children sorted by scalar and found by binary
/// search, and a value (an index into the owner's table) where a key ends. Shared by the indicator
/// names and the gazetteer's names.
struct ScalarTrie: Sendable {
    /// The root node.
    static let root = 0
    /// Children of each node as (scalar, node) pairs sorted by scalar.
    private var children: [[(scalar: UInt32, node: Int32)]] = [[]]
    /// For each node, the value of the key that ends there, or -1.
    private var values: [Int32] = [-1]

    /// Stores `value` at the end of `key`; a key stored before keeps its first value.
    mutating func insert<Key: Sequence>(_ key: Key, value: Int) where Key.Element == UInt32 {
        var node = ScalarTrie.root
        for scalar in key {
            if let next = child(of: node, scalar) {
                node = next
            } else {
                children.append([])
                values.append(-1)
                let created = Int32(children.count - 1)
                let position = children[node].firstIndex { $0.scalar > scalar } ?? children[node].count
                children[node].insert((scalar, created), at: position)
                node = Int(created)
            }
        }
        if values[node] < 0 { values[node] = Int32(value) }
    }

    /// The child of `node` along `scalar`, or nil.
    @inline(__always)
    func child(of node: Int, _ scalar: UInt32) -> Int? {
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

    /// The value of the key that ends at `node`, or nil.
    @inline(__always)
    func value(at node: Int) -> Int? {
        values[node] >= 0 ? Int(values[node]) : nil
    }
}
