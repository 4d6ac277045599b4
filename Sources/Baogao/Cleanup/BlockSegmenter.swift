import BaogaoHTML

/// Cuts a page's tree into ``TextBlock``s at block-level elements and `<br>`, with each block's
/// character, link and punctuation counts and the evidence of its ancestors.
public enum BlockSegmenter {
    private struct OpenElement {
        var index: Int
        var end: Int
        var isBlock: Bool
        var isLink: Bool
        var evidence: BlockEvidence
    }

    /// An element holding at least this share of the page's characters is a page wrapper: its
    /// boilerplate tag or class word (an ASP.NET `<form>` around the whole page, a `nav-wrapper`
    /// div) says nothing about the text inside it.
    static let wrapperShare = 0.5

    /// The text blocks of a page in document order (empty blocks omitted).
    public static func blocks(of tree: HTMLTree) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var stack: [OpenElement] = []
        var current = BlockBuilder()
        var linkDepth = 0
        let labelEvidence = tree.labels.map(evidence(forLabel:))
        let wrappers = wrapperElements(of: tree)

        func flush() {
            let owner = stack.last(where: { $0.isBlock })
            if let block = current.finish(owner: owner?.index ?? 0, evidence: owner?.evidence ?? []) {
                blocks.append(block)
            }
        }

        for index in tree.nodes.indices {
            while let top = stack.last, top.end <= index {
                if top.isBlock { flush() }
                stack.removeLast()
                if top.isLink { linkDepth -= 1 }
            }
            let node = tree.nodes[index]
            if node.isText {
                current.append(tree.text[Int(node.textStart)..<Int(node.textEnd)], inLink: linkDepth > 0)
                continue
            }
            let tag = node.tag
            if tag.isBlock { flush() }
            var evidence = stack.last?.evidence ?? []
            var own = ownEvidence(tag: tag, node: node, labelEvidence: labelEvidence)
            if wrappers[index] { own.subtract([.boilerplateTag, .boilerplateLabel, .hidden]) }
            // The nearest class/id word wins: a comment box inside an "article" wrapper is boilerplate.
            if own.contains(.boilerplateLabel) && !own.contains(.contentLabel) { evidence.remove(.contentLabel) }
            if own.contains(.contentLabel) && !own.contains(.boilerplateLabel) { evidence.remove(.boilerplateLabel) }
            evidence.formUnion(own)
            let isLink = tag == .a
            if isLink { linkDepth += 1 }
            stack.append(OpenElement(index: index, end: Int(node.subtreeEnd), isBlock: tag.isBlock, isLink: isLink, evidence: evidence))
            if Int(node.subtreeEnd) == index + 1 {
                // An element without children closes at once (`<br>`, `<img>`, empty `<p>`).
                stack.removeLast()
                if isLink { linkDepth -= 1 }
            }
        }
        while let top = stack.last {
            if top.isBlock { flush() }
            stack.removeLast()
        }
        flush()
        return blocks
    }

    private static func ownEvidence(tag: HTMLTag, node: HTMLTree.Node, labelEvidence: [BlockEvidence]) -> BlockEvidence {
        var evidence: BlockEvidence = []
        switch tag {
        case .nav, .footer, .aside, .form, .menu, .select, .button, .textarea, .label, .iframe, .option, .input:
            evidence.insert(.boilerplateTag)
        case .header:
            evidence.insert(.header)
        case .h1:
            evidence.formUnion([.heading, .h1])
        case .h2, .h3, .h4, .h5, .h6:
            evidence.insert(.heading)
        default:
            break
        }
        if node.label >= 0 { evidence.formUnion(labelEvidence[Int(node.label)]) }
        if node.marks.contains(.drop) { evidence.insert(.xpathDrop) }
        if node.marks.contains(.keep) { evidence.insert(.xpathKeep) }
        if node.marks.contains(.hidden) { evidence.insert(.hidden) }
        return evidence
    }

    private static func evidence(forLabel label: String) -> BlockEvidence {
        var evidence: BlockEvidence = []
        var boilerplate = false
        var content = false
        for word in label.split(whereSeparator: { !$0.isLetter || !$0.isASCII }) {
            if ClassWords.boilerplate.contains(word) { boilerplate = true }
            if ClassWords.content.contains(word) { content = true }
            if ClassWords.hidden.contains(word) { evidence.insert(.hidden) }
        }
        // A boilerplate word beside a content word names a part of the article that is not its text
        // (`article-share`, `content-footer`, `news-related`): the boilerplate word wins.
        if boilerplate { evidence.insert(.boilerplateLabel) } else if content { evidence.insert(.contentLabel) }
        return evidence
    }

    /// Which elements hold at least ``wrapperShare`` of the page's non-space characters.
    static func wrapperElements(of tree: HTMLTree) -> [Bool] {
        let count = tree.nodes.count
        var chars = [Int](repeating: 0, count: count)
        var total = 0
        tree.text.withUnsafeBufferPointer { text in
            for index in 0..<count where tree.nodes[index].isText {
                let node = tree.nodes[index]
                var visible = 0
                for offset in Int(node.textStart)..<Int(node.textEnd) {
                    let byte = text[offset]
                    if byte & 0xC0 != 0x80 && byte > 0x20 { visible += 1 }
                }
                chars[index] = visible
                total += visible
            }
        }
        for index in stride(from: count - 1, through: 1, by: -1) {
            let parent = Int(tree.nodes[index].parent)
            if parent >= 0 { chars[parent] += chars[index] }
        }
        let threshold = max(1, Int((Double(total) * wrapperShare).rounded(.up)))
        return chars.map { $0 >= threshold }
    }
}
