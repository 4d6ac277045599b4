/// A place name in a report, weighted, with the units it may refer to in the report's year.
public struct RegionMention: Sendable, Equatable {
    /// The name as written.
    public var name: String
    /// How much the mention counts: 2 for a full name, 1 for a short name.
    public var weight: Int
    /// Indices into `Gazetteer.units` of the units the name may refer to.
    public var candidates: [Int]

    /// Creates a mention.
    public init(name: String, weight: Int, candidates: [Int]) {
        self.name = name
        self.weight = weight
        self.candidates = candidates
    }
}
