import BaogaoHTML

/// A run of text between two block boundaries of a page (`<p>`, `<div>`, `<br>`, `<td>`, …).
public struct TextBlock: Sendable {
    /// The text with runs of whitespace folded to one space and trimmed.
    public var text: String
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

    /// The share of the block's characters that are link text.
    public var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}
