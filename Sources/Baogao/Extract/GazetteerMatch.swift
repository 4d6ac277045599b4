/// A gazetteer name found in a text: where it is and which units it may refer to.
public struct GazetteerMatch: Sendable, Equatable {
    /// Index of the first character.
    public var start: Int
    /// Index just past the last character.
    public var end: Int
    /// The name as written.
    public var name: String
    /// The units the name may refer to.
    public var entries: [GazetteerNameEntry]

    /// Creates a match.
    public init(start: Int, end: Int, name: String, entries: [GazetteerNameEntry]) {
        self.start = start
        self.end = end
        self.name = name
        self.entries = entries
    }
}
