/// A parsed HTML page as a compact, immutable, `Sendable` tree of elements and text.
///
/// The libxml2 document is walked once and freed inside ``HTMLParser/parse(utf8:options:)``; no C
/// pointer survives. Nodes live in one array in document order (a node's descendants follow it),
/// and all text lives in one UTF-8 buffer, so building the tree costs one allocation per array,
/// not per node.
public struct HTMLTree: Sendable {
    /// One element or text node.
    public struct Node: Sendable, Equatable {
        /// The element's tag, or `.other` for a text node.
        public var tag: HTMLTag
        /// Whether this is a text node (its text is `textRange` in ``HTMLTree/text``).
        public var isText: Bool
        /// The parent's index, or -1 for the root.
        public var parent: Int32
        /// One past the index of the last node of this node's subtree.
        public var subtreeEnd: Int32
        /// The byte range of this text node's content in ``HTMLTree/text`` (empty for elements).
        public var textStart: Int32
        /// See ``textStart``.
        public var textEnd: Int32
        /// The index of this element's `class` and `id` words in ``HTMLTree/labels``, or -1.
        public var label: Int32
        /// Marks set by the XPath rules of the parse options.
        public var marks: Marks
    }

    /// Marks an XPath rule put on a node.
    public struct Marks: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Matched by a drop rule: the node and its subtree are boilerplate.
        public static let drop = Marks(rawValue: 1)
        /// Matched by a keep rule: the node and its subtree are main content.
        public static let keep = Marks(rawValue: 2)
        /// Not shown by a browser: a `hidden` attribute or an inline style with `display:none` or
        /// `visibility:hidden`.
        public static let hidden = Marks(rawValue: 4)
    }

    /// The nodes in document order; index 0 is the root element when the page has one.
    public internal(set) var nodes: [Node] = []
    /// The UTF-8 bytes of every text node, back to back.
    public internal(set) var text: [UInt8] = []
    /// `class` and `id` attribute values joined by a space, lower-cased, one entry per labelled element.
    public internal(set) var labels: [String] = []
    /// The text of the first `<title>` element, if any.
    public internal(set) var title: String?
    /// `<meta>` elements as (name or property, content) pairs, names lower-cased.
    public internal(set) var metas: [(name: String, content: String)] = []
    /// How many errors libxml2 reported while recovering from broken markup.
    public internal(set) var parseErrors: Int = 0

    /// An empty tree (no nodes).
    public init() {}

    /// The text of a text node as a `String`.
    public func string(of index: Int) -> String {
        let node = nodes[index]
        return String(decoding: text[Int(node.textStart)..<Int(node.textEnd)], as: UTF8.self)
    }

    /// The `class`/`id` words of an element, or the empty string.
    public func label(of index: Int) -> String {
        let label = nodes[index].label
        return label < 0 ? "" : labels[Int(label)]
    }

    /// A short CSS-like path of an element for people (`body > div.main > p`), at most `depth` steps.
    public func path(of index: Int, depth: Int = 6) -> String {
        var steps: [String] = []
        var cursor = index
        while cursor >= 0 && steps.count < depth {
            let node = nodes[cursor]
            var step = node.isText ? "#text" : (node.tag == .other ? "*" : "\(node.tag)")
            let words = label(of: cursor).split(separator: " ")
            if !words.isEmpty { step += "." + words.prefix(3).joined(separator: ".") }
            steps.append(step)
            cursor = Int(node.parent)
        }
        if cursor >= 0 { steps.append("…") }
        return steps.reversed().joined(separator: " > ")
    }

    /// Whether `other` has the same nodes, text, labels, title and metas (the count of libxml2's
    /// recovered errors may differ). With `blankRunsFolded`, text nodes are compared with every
    /// run of ASCII white space as one space (the reading of a page with stand-ins, which
    /// shortens blank text: ``UnreadMarkup``); nothing that reads the tree tells them apart.
    public func isSameTree(as other: HTMLTree, blankRunsFolded: Bool = false) -> Bool {
        guard labels == other.labels && title == other.title
            && metas.elementsEqual(other.metas, by: { $0.name == $1.name && $0.content == $1.content })
        else { return false }
        guard blankRunsFolded else { return nodes == other.nodes && text == other.text }
        guard nodes.count == other.nodes.count else { return false }
        for (node, otherNode) in zip(nodes, other.nodes) {
            var (mine, theirs) = (node, otherNode)
            (mine.textStart, mine.textEnd, theirs.textStart, theirs.textEnd) = (0, 0, 0, 0)
            guard mine == theirs else { return false }
            guard node.isText else { continue }
            let folded = HTMLTree.foldingBlankRuns(text[Int(node.textStart)..<Int(node.textEnd)])
            guard folded == HTMLTree.foldingBlankRuns(other.text[Int(otherNode.textStart)..<Int(otherNode.textEnd)]) else { return false }
        }
        return true
    }

    /// `bytes` with every run of ASCII white space (space, tab, line feed, carriage return) as one space.
    static func foldingBlankRuns(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var folded: [UInt8] = []
        for byte in bytes {
            let isBlank = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if isBlank && folded.last == 0x20 { continue }
            folded.append(isBlank ? 0x20 : byte)
        }
        return folded
    }

    /// The value of the first `<meta>` whose name or property is `name`.
    public func meta(_ name: String) -> String? {
        metas.first(where: { $0.name == name })?.content
    }
}
