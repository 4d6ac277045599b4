/// A unit that a name refers to, and how the name refers to it.
public struct GazetteerNameEntry: Sendable, Hashable {
    /// The index of the unit in `Gazetteer.units`.
    public var unitIndex: Int
    /// Full, short or weak short name.
    public var kind: GazetteerNameKind

    /// Creates an entry.
    public init(unitIndex: Int, kind: GazetteerNameKind) {
        self.unitIndex = unitIndex
        self.kind = kind
    }
}
