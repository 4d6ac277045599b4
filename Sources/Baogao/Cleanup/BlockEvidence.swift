/// What a block's ancestors say about it: boilerplate tags, class/id words, XPath marks, headings.
public struct BlockEvidence: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Inside `nav`, `footer`, `aside`, `form`, `menu`, `select`, `button`, `textarea`, `label` or `iframe`.
    public static let boilerplateTag = BlockEvidence(rawValue: 1 << 0)
    /// Inside an element whose class or id has a boilerplate word (nav, footer, comment, share, …).
    public static let boilerplateLabel = BlockEvidence(rawValue: 1 << 1)
    /// Inside an element whose class or id has a content word (content, article, text, …).
    public static let contentLabel = BlockEvidence(rawValue: 1 << 2)
    /// Inside an element matched by a profile's XPath drop rule.
    public static let xpathDrop = BlockEvidence(rawValue: 1 << 3)
    /// Inside an element matched by a profile's XPath keep rule.
    public static let xpathKeep = BlockEvidence(rawValue: 1 << 4)
    /// Inside a heading `h1`…`h6`.
    public static let heading = BlockEvidence(rawValue: 1 << 5)
    /// Inside an `h1`.
    public static let h1 = BlockEvidence(rawValue: 1 << 6)
    /// Inside a `header` element.
    public static let header = BlockEvidence(rawValue: 1 << 7)
    /// Inside an element a browser does not show (`hidden` attribute, `display:none`).
    public static let hidden = BlockEvidence(rawValue: 1 << 8)
}
