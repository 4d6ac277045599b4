/// What the parser should do besides building the tree.
public struct HTMLParseOptions: Sendable {
    /// XPath expressions whose matching elements are marked ``HTMLTree/Marks/drop``.
    public var dropXPaths: [String]
    /// XPath expressions whose matching elements are marked ``HTMLTree/Marks/keep``.
    public var keepXPaths: [String]
    /// The largest number of nodes kept; parsing stops adding nodes past it.
    public var maxNodes: Int
    /// Whether libxml2 reads every attribute; by default those no tree builder reads are removed
    /// first (``UnreadAttributes``). For tests that compare the two.
    public var keepsEveryAttribute: Bool

    /// Creates parse options.
    public init(dropXPaths: [String] = [], keepXPaths: [String] = [], maxNodes: Int = 2_000_000, keepsEveryAttribute: Bool = false) {
        self.dropXPaths = dropXPaths
        self.keepXPaths = keepXPaths
        self.maxNodes = maxNodes
        self.keepsEveryAttribute = keepsEveryAttribute
    }
}
