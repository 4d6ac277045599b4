import BaogaoHTML

/// A decoded page parsed into a tree, with the site profiles that apply to it.
public struct ParsedPage: Sendable {
    /// The decoded page.
    public var page: DecodedPage
    /// The parsed page.
    public var tree: HTMLTree
    /// Indices in ``CleanupSettings/profiles`` of the profiles that match the page, ascending.
    public var profileIndices: [Int]
}
