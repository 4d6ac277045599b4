/// What the parser should do besides building the tree.
public struct HTMLParseOptions: Sendable {
    /// XPath expressions whose matching elements are marked ``HTMLTree/Marks/drop``.
    public var dropXPaths: [String]
    /// XPath expressions whose matching elements are marked ``HTMLTree/Marks/keep``.
    public var keepXPaths: [String]
    /// The largest number of nodes kept; parsing stops adding nodes past it.
    public var maxNodes: Int
    /// Whether libxml2 reads the whole page; by default the attributes and script and style bodies
    /// no tree builder reads are removed first (``UnreadMarkup``). For tests that compare the two.
    public var keepsUnreadMarkup: Bool

    /// Creates parse options.
    public init(dropXPaths: [String] = [], keepXPaths: [String] = [], maxNodes: Int = 2_000_000, keepsUnreadMarkup: Bool = false) {
        self.dropXPaths = dropXPaths
        self.keepXPaths = keepXPaths
        self.maxNodes = maxNodes
        self.keepsUnreadMarkup = keepsUnreadMarkup
    }
}
