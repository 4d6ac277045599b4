import BaogaoHTML

/// Decides, block by block in page order, what belongs to the main text.
struct BlockDecider {
    let tree: HTMLTree
    let choice: ContentSelector.Choice
    let rules: BoilerplateRules
    let settings: CleanupSettings
    let titleKeys: Set<String>
    let rootEvidence: BlockEvidence
    private(set) var publishedDate: String?
    private var ended = false

    init(tree: HTMLTree, choice: ContentSelector.Choice, rules: BoilerplateRules, settings: CleanupSettings,
         title: String?, rawTitle: String?) {
        self.tree = tree
        self.choice = choice
        self.rules = rules
        self.settings = settings
        self.titleKeys = Set([title, rawTitle].compactMap { $0 }.map(MatchKey.of).filter { !$0.isEmpty })
        self.rootEvidence = BlockDecider.evidence(ofAncestorsOf: choice.root, in: tree)
    }

    /// The decision on the next block.
    mutating func decide(_ block: TextBlock) -> BlockDecision {
        let root = choice.root
        let inside = block.owner >= root && block.owner < Int(tree.nodes[root].subtreeEnd)
        let evidence = block.evidence.subtracting(rootEvidence)
        func drop(_ reason: String) -> BlockDecision { BlockDecision(block: block, kept: false, reason: reason) }

        if ended { return drop("after an end marker") }
        if evidence.contains(.xpathKeep) { return BlockDecision(block: block, kept: true, reason: "XPath keep rule") }
        if evidence.contains(.xpathDrop) { return drop("XPath drop rule") }
        guard inside else { return drop("outside the main content element (score \(Int(choice.scores[block.owner])))") }
        if evidence.contains(.hidden) { return drop("hidden (hidden attribute, display:none or a hide class)") }
        if evidence.contains(.boilerplateTag) { return drop("inside a boilerplate tag (nav, footer, form, …)") }
        if evidence.contains(.boilerplateLabel) && !evidence.contains(.contentLabel) {
            return drop("inside an element whose class/id names boilerplate")
        }
        if block.linkDensity >= settings.maxLinkDensity {
            return drop("link density \(Int(block.linkDensity * 100))%")
        }
        let key = MatchKey.of(block.text)
        if titleKeys.contains(key) { return drop("the title") }
        if PublicationLine.isPublicationLine(key) {
            if publishedDate == nil { publishedDate = PublicationLine.firstDate(in: Array(key.unicodeScalars)) }
            return drop("publication line (date, source, author)")
        }
        switch rules.verdict(forKey: key) {
        case .keep: break
        case .drop(let rule): return drop(rule)
        case .end(let rule):
            ended = true
            return drop(rule)
        }
        return BlockDecision(block: block, kept: true, reason: "main content")
    }

    private static func evidence(ofAncestorsOf index: Int, in tree: HTMLTree) -> BlockEvidence {
        // The chosen element's own context: flags it inherits are not evidence against its blocks.
        var evidence: BlockEvidence = []
        var cursor = index
        while cursor >= 0 {
            let node = tree.nodes[cursor]
            if node.marks.contains(.drop) { evidence.insert(.xpathDrop) }
            let label = tree.label(of: cursor)
            if !label.isEmpty && ClassWords.has(label, in: ClassWords.boilerplate) { evidence.insert(.boilerplateLabel) }
            switch node.tag {
            case .nav, .footer, .aside, .form, .menu: evidence.insert(.boilerplateTag)
            default: break
            }
            cursor = Int(node.parent)
        }
        return evidence
    }
}
