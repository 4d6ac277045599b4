import BaogaoHTML

/// A run of text between two block boundaries of a page (`<p>`, `<div>`, `<br>`, `<td>`, …).
public struct TextBlock: Sendable {
    /// The UTF-8 bytes of the text, with runs of whitespace folded to one space and trimmed (a
    /// slice of one buffer holding the text of all the page's blocks).
    public var utf8: ArraySlice<UInt8>
    /// The index in ``HTMLTree/nodes`` of the innermost block-level element holding the text.
    public var owner: Int
    /// Non-space characters (Unicode scalars).
    public var chars: Int
    /// Non-space characters inside links.
    public var linkChars: Int
    /// Sentence punctuation marks (，。；：！？、 and their ASCII forms).
    public var punctuation: Int
    /// Evidence from the block's ancestors (tags, class/id words, XPath marks).
    public var evidence: BlockEvidence
    /// The deepest ancestor element with a boilerplate tag (`nav`, `footer`, `form`, …), or -1.
    public var boilerplateTagAt: Int = -1
    /// The deepest ancestor element whose class/id names boilerplate (and no nearer one names
    /// content), or -1.
    public var boilerplateLabelAt: Int = -1

    /// A block of text.
    public init(text: String, owner: Int, chars: Int, linkChars: Int, punctuation: Int, evidence: BlockEvidence) {
        self.init(utf8: ArraySlice(text.utf8), owner: owner, chars: chars, linkChars: linkChars, punctuation: punctuation, evidence: evidence)
    }

    /// A block of text given as valid UTF-8.
    init(utf8: ArraySlice<UInt8>, owner: Int, chars: Int, linkChars: Int, punctuation: Int, evidence: BlockEvidence) {
        self.utf8 = utf8
        self.owner = owner
        self.chars = chars
        self.linkChars = linkChars
        self.punctuation = punctuation
        self.evidence = evidence
    }

    /// The text, made from ``utf8`` on each use: most blocks (navigation, link lists, text outside
    /// the main element) are decided without it. A String per block was 2.3% of a run's
    /// instructions; made for the blocks that need one, a run takes 0.4% fewer (callgrind, 240
    /// benchmark pages).
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The share of the block's characters that are link text.
    public var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}
