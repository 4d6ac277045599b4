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
        /// The deepest element (this or an ancestor) with a boilerplate tag, or -1.
        var boilerplateTagAt: Int
        /// The deepest element with a boilerplate class/id word not overridden by a nearer content word, or -1.
        var boilerplateLabelAt: Int
    }

    /// An element holding at least this share of the page's characters is a page wrapper: its
    /// boilerplate tag or class word (an ASP.NET `<form>` around the whole page, a `nav-wrapper`
    /// div) says nothing about the text inside it.
    static let wrapperShare = 0.5
    /// An element named as content (`main_content`) holding at least this share of the page's
    /// characters is the article even inside an element named as boilerplate.
    static let articleShare = 0.25
    /// A hidden element holding at least this share of the page's characters is shown by a script
    /// (the page would be empty otherwise): it is not treated as hidden.
    static let hiddenWrapperShare = 0.85

    /// The text blocks of a page in document order (empty blocks omitted).
    public static func blocks(of tree: HTMLTree) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var ranges: [Range<Int>] = []
        var stack: [OpenElement] = []
        var current = BlockBuilder(capacity: tree.text.count)
        var linkDepth = 0
        let labelEvidence = tree.labels.map(evidence(forLabel:))
        let wrappers = wrapperElements(of: tree)

        for index in tree.nodes.indices {
            while let top = stack.last, top.end <= index {
                if top.isBlock { flush(&current, stack: stack, into: &blocks, ranges: &ranges) }
                stack.removeLast()
                if top.isLink { linkDepth -= 1 }
            }
            let node = tree.nodes[index]
            if node.isText {
                current.append(tree.text[Int(node.textStart)..<Int(node.textEnd)], inLink: linkDepth > 0)
                continue
            }
            let tag = node.tag
            if tag.isBlock { flush(&current, stack: stack, into: &blocks, ranges: &ranges) }
            var evidence = stack.last?.evidence ?? []
            var tagAt = stack.last?.boilerplateTagAt ?? -1
            var labelAt = stack.last?.boilerplateLabelAt ?? -1
            var own = ownEvidence(tag: tag, node: node, labelEvidence: labelEvidence)
            if own.contains(.boilerplateLabel) && own.contains(.contentLabel) {
                // A boilerplate word beside a content word names a part of the article that is not
                // its text (`article-share`, `content-footer`, `news-related`) — unless the element
                // holds a large part of the page (`pages_content` around a whole article).
                own.remove(wrappers[index] == .none ? .contentLabel : .boilerplateLabel)
            }
            if wrappers[index] == .most || wrappers[index] == .whole { own.subtract([.boilerplateTag, .boilerplateLabel]) }
            if wrappers[index] == .whole { own.remove(.hidden) }
            // A boilerplate word below a content word wins (a comment box inside an "article"
            // wrapper is boilerplate); a content word below a boilerplate word does not undo it
            // (the `txt` of a footer, the `content` of a comment is still footer and comment).
            // Wrappers of most of the page carry no boilerplate evidence at all (above).
            if own.contains(.boilerplateLabel) { evidence.remove(.contentLabel) }
            // …unless the content-named element holds a large part of the page: then it is the
            // article, and the ancestor's word (`js_share_area` around the whole article) misled.
            if own.contains(.contentLabel) && wrappers[index] != .none {
                evidence.subtract([.boilerplateLabel, .boilerplateTag])
                labelAt = -1
                tagAt = -1
            }
            evidence.formUnion(own)
            if own.contains(.boilerplateTag) { tagAt = index }
            if own.contains(.boilerplateLabel) { labelAt = index }
            let isLink = tag == .a
            if isLink { linkDepth += 1 }
            stack.append(OpenElement(index: index, end: Int(node.subtreeEnd), isBlock: tag.isBlock, isLink: isLink, evidence: evidence,
                boilerplateTagAt: tagAt, boilerplateLabelAt: labelAt))
            if Int(node.subtreeEnd) == index + 1 {
                // An element without children closes at once (`<br>`, `<img>`, empty `<p>`).
                stack.removeLast()
                if isLink { linkDepth -= 1 }
            }
        }
        while let top = stack.last {
            if top.isBlock { flush(&current, stack: stack, into: &blocks, ranges: &ranges) }
            stack.removeLast()
        }
        flush(&current, stack: stack, into: &blocks, ranges: &ranges)
        let text = current.bytes
        for index in blocks.indices { blocks[index].utf8 = text[ranges[index]] }
        return blocks
    }

    /// Ends the block being built, if it has visible text, as a block of the innermost open block
    /// element. (Not a nested function: one that captured the walk's state kept it in memory.)
    private static func flush(_ current: inout BlockBuilder, stack: [OpenElement], into blocks: inout [TextBlock], ranges: inout [Range<Int>]) {
        let owner = stack.last(where: { $0.isBlock })
        if case (var block, let text)? = current.finish(owner: owner?.index ?? 0, evidence: owner?.evidence ?? []) {
            ranges.append(text)
            block.boilerplateTagAt = owner?.boilerplateTagAt ?? -1
            block.boilerplateLabelAt = owner?.boilerplateLabelAt ?? -1
            blocks.append(consume block)
        }
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
        let (boilerplate, content) = ClassWords.kinds(of: label)
        // Both kinds of word: the segmenter decides by the element's size (see `blocks(of:)`).
        if boilerplate { evidence.insert(.boilerplateLabel) }
        if content { evidence.insert(.contentLabel) }
        return evidence
    }

    /// How much of a page an element wraps.
    enum WrapperKind {
        case none
        /// At least ``articleShare`` of the page's characters.
        case large
        /// At least ``wrapperShare`` of the page's characters.
        case most
        /// At least ``hiddenWrapperShare`` of them.
        case whole
    }

    /// The characters of UTF-8 text that are not white space: bytes above 0x20 less those that
    /// continue a sequence, counted eight bytes at a time (a byte loop over the many short text
    /// nodes of a page was 1.5% of a run).
    static func visibleCharacters(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        let highs: UInt64 = 0x8080_8080_8080_8080
        var visible = 0
        var index = 0
        if let base = text.baseAddress {
            while index + 8 <= text.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // Bit 7 of each byte: set for a byte above 0x20 (bytes of 0x80 and up, or bytes
                // whose low seven bits plus 0x5F reach 0x80), and for a continuation byte (10xxxxxx).
                let aboveSpace = ((word & ~highs) &+ 0x5F5F_5F5F_5F5F_5F5F | word) & highs
                let continuation = word & ~(word << 1) & highs
                // Continuation bytes are above 0x20 too: the rest are counted, one bit per byte
                // moved to each byte's low bit and the bytes summed by one multiplication.
                visible += Int((((aboveSpace & ~continuation) >> 7) &* 0x0101_0101_0101_0101) >> 56)
                index += 8
            }
        }
        while index < text.count {
            let byte = text[index]
            visible &+= (byte > 0x20 ? 1 : 0) &- (byte & 0xC0 == 0x80 ? 1 : 0)
            index += 1
        }
        return visible
    }

    /// How much of the page's non-space characters each element holds.
    static func wrapperElements(of tree: HTMLTree) -> [WrapperKind] {
        let count = tree.nodes.count
        var chars = [Int](repeating: 0, count: count)
        var total = 0
        tree.text.withUnsafeBufferPointer { text in
            for index in 0..<count where tree.nodes[index].isText {
                let node = tree.nodes[index]
                let visible = visibleCharacters(UnsafeBufferPointer(rebasing: text[Int(node.textStart)..<Int(node.textEnd)]))
                chars[index] = visible
                total += visible
            }
        }
        for index in stride(from: count - 1, through: 1, by: -1) {
            let parent = Int(tree.nodes[index].parent)
            if parent >= 0 { chars[parent] += chars[index] }
        }
        let most = max(1, Int((Double(total) * wrapperShare).rounded(.up)))
        let whole = max(1, Int((Double(total) * hiddenWrapperShare).rounded(.up)))
        let large = max(1, Int((Double(total) * articleShare).rounded(.up)))
        return chars.map { $0 >= whole ? .whole : $0 >= most ? .most : $0 >= large ? .large : .none }
    }
}
