import BaogaoHTML

/// Decides, block by block in page order, what belongs to the main text.
struct BlockDecider {
    let tree: HTMLTree
    let choice: ContentSelector.Choice
    let rules: BoilerplateRules
    let settings: CleanupSettings
    /// Match keys of the title and of `<title>`.
    let titleKeys: [String]
    let rootEvidence: BlockEvidence
    private(set) var publishedDate: String?
    private var ended = false

    /// What a decision says about its neighbours, for ``smoothed(_:)``.
    enum Category {
        /// Outside the chosen element or after an end marker.
        case outside
        /// The title, a publication line or hidden text: transparent.
        case neutral
        /// Dropped as boilerplate (links, tags, class words, hidden, a text rule).
        case boilerplate
        /// Kept, and long prose.
        case prose
        /// Kept, but short and without much punctuation: judged by its neighbours.
        case short
    }

    init(tree: HTMLTree, choice: ContentSelector.Choice, rules: BoilerplateRules, settings: CleanupSettings,
         title: String?, rawTitle: String?) {
        self.tree = tree
        self.choice = choice
        self.rules = rules
        self.settings = settings
        self.titleKeys = [title, rawTitle].compactMap { $0 }.map(MatchKey.of).filter { !$0.isEmpty }
        self.rootEvidence = BlockDecider.evidence(ofAncestorsOf: choice.root, in: tree)
    }

    /// The decisions on all blocks of a page, in page order, with short lines judged by their neighbours.
    mutating func decideAll(_ blocks: [TextBlock]) -> [BlockDecision] {
        var decisions: [BlockDecision] = []
        var categories: [Category] = []
        decisions.reserveCapacity(blocks.count)
        categories.reserveCapacity(blocks.count)
        for block in blocks {
            let (decision, category) = decideOne(block)
            // Moved, not copied, into the list (a copy retained and released each string and
            // array of the decision and its block: 10 M instructions on 240 pages).
            decisions.append(consume decision)
            categories.append(category)
        }
        BlockDecider.smooth(&decisions, categories: categories, tree: tree)
        return decisions
    }

    /// Drops short kept lines whose nearest substantial neighbours on both sides are boilerplate (or
    /// the edge of the main element and boilerplate), short labels ending in a colon that
    /// introduce boilerplate (`相关报道：` before a link list), and short lines right beside
    /// boilerplate that are not headings: like jusText's context pass, a
    /// line too short to judge by itself takes the class of its surroundings. A short line that
    /// sits where the prose sits (same tag under the same parent as a prose block: a report's
    /// `各位代表：` among its `<p>`s, a line of a `<br>`-separated cell) is part of the text and stays.
    static func smooth(_ decisions: inout [BlockDecision], categories: [Category], tree: HTMLTree) {
        func signature(_ block: TextBlock) -> Int {
            let node = tree.nodes[block.owner]
            return (Int(node.parent) + 1) << 8 | Int(node.tag.rawValue)
        }
        var proseSignatures: Set<Int> = []
        for index in categories.indices where categories[index] == .prose {
            proseSignatures.insert(signature(decisions[index].block))
        }
        enum Side { case edge, boilerplate, prose }
        func neighbour(from start: Int, step: Int) -> Side {
            var index = start + step
            while index >= 0 && index < categories.count {
                switch categories[index] {
                case .outside: return .edge
                case .boilerplate: return .boilerplate
                case .prose: return .prose
                case .neutral, .short: index += step
                }
            }
            return .edge
        }
        for index in categories.indices where categories[index] == .short {
            if proseSignatures.contains(signature(decisions[index].block)) { continue }
            let before = neighbour(from: index, step: -1)
            let after = neighbour(from: index, step: 1)
            if before != .prose && after != .prose && (before == .boilerplate || after == .boilerplate) {
                decisions[index].kept = false
                decisions[index].reason = "short line between boilerplate blocks"
                continue
            }
            if index + 1 < categories.count, categories[index + 1] == .boilerplate, endsWithColon(decisions[index].block.text) {
                decisions[index].kept = false
                decisions[index].reason = "label introducing the boilerplate after it"
                continue
            }
            // Text on one side, boilerplate right next to it on the other: a line outside the text's
            // structure (`本周推荐` above a link list, a byline cell under a share bar) goes with
            // the boilerplate; headings stay.
            let touchesBoilerplate = (index + 1 < categories.count && categories[index + 1] == .boilerplate)
                || (index > 0 && categories[index - 1] == .boilerplate)
            if touchesBoilerplate && !decisions[index].block.evidence.contains(.heading) {
                decisions[index].kept = false
                decisions[index].reason = "short line beside boilerplate, outside the text's structure"
            }
        }
    }

    private static func endsWithColon(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return last == ":" || last == "：" || last == "︰"
    }

    /// The decision on the next block.
    mutating func decide(_ block: TextBlock) -> BlockDecision {
        decideOne(block).decision
    }

    static let xpathKeepReason = "XPath keep rule"
    static let afterEndReason = "after an end marker"
    static let titleReason = "the title"
    static let hiddenReason = "hidden (hidden attribute or display:none)"
    static let publicationReason = "publication line (date, source, author)"

    /// The decision on one block, and what it says about its neighbours.
    private mutating func decideOne(_ block: TextBlock) -> (decision: BlockDecision, category: Category) {
        let root = choice.root
        let inside = block.owner >= root && block.owner < Int(tree.nodes[root].subtreeEnd)
        let evidence = block.evidence.subtracting(rootEvidence)
        // A cell of a few digits or marks dropped by a text rule (`1.`, `|`) says little about
        // its neighbours; link text and longer lines do.
        func drop(_ reason: String) -> (BlockDecision, Category) {
            let category: Category = block.chars < 4 && block.linkChars == 0
                && block.evidence.isDisjoint(with: [.boilerplateTag, .boilerplateLabel]) ? .neutral : .boilerplate
            return (BlockDecision(block: block, kept: false, reason: reason), category)
        }
        func dropNeutral(_ reason: String) -> (BlockDecision, Category) {
            (BlockDecision(block: block, kept: false, reason: reason), .neutral)
        }

        if ended { return (BlockDecision(block: block, kept: false, reason: BlockDecider.afterEndReason), .outside) }
        if evidence.contains(.xpathKeep) { return (BlockDecision(block: block, kept: true, reason: BlockDecider.xpathKeepReason), .prose) }
        if evidence.contains(.xpathDrop) { return drop("XPath drop rule") }
        guard inside else {
            return (BlockDecision(block: block, kept: false, cause: .outside(score: Int(choice.scores[block.owner]))), .outside)
        }
        if evidence.contains(.hidden) { return dropNeutral(BlockDecider.hiddenReason) }
        // Only boilerplate evidence from inside the chosen element counts: the element's own
        // context (a `has-nav` body class, a `sidebar-main` column) is not evidence against its text.
        if block.boilerplateTagAt > root { return drop("inside a boilerplate tag (nav, footer, form, …)") }
        if block.boilerplateLabelAt > root { return drop("inside an element whose class/id names boilerplate") }
        if block.linkDensity >= settings.maxLinkDensity {
            return drop("link density \(Int(block.linkDensity * 100))%")
        }
        // The key is read as bytes: a String of it is made only where a rule needs one.
        let (nfkc, key) = MatchKey.nfkcAndKey(of: block.utf8)
        if titleKeys.contains(where: { $0.hasSameUTF8(as: key) }) { return dropNeutral(BlockDecider.titleReason) }
        let scan = rules.scan(utf8: key)
        if PublicationLine.isPublicationLine(utf8: key, hasCue: scan.hasPublicationCue) {
            if publishedDate == nil { publishedDate = PublicationLine.firstDate(in: Array(String(decoding: key, as: UTF8.self).unicodeScalars)) }
            return dropNeutral(BlockDecider.publicationReason)
        }
        switch rules.verdict(forKeyUTF8: key, scan: scan) {
        case .keep: break
        case .drop(let rule): return drop(rule)
        case .end(let rule):
            ended = true
            return drop(rule)
        }
        if DisclaimerLine.isDisclaimer(chars: block.chars, hasSelfReference: scan.hasSelfReference, hasRightsWord: scan.hasRightsWord) {
            return drop("disclaimer or copyright notice")
        }
        let long = block.chars >= 2 * settings.minContentChars
            && (block.punctuation > 0 || block.chars >= 4 * settings.minContentChars)
        return (BlockDecision(block: block, kept: true, reason: "main content", keyHash: MatchKey.hash(utf8: key), nfkcUTF8: nfkc),
                long ? .prose : .short)
    }

    private static func evidence(ofAncestorsOf index: Int, in tree: HTMLTree) -> BlockEvidence {
        // The chosen element's own context: an XPath drop mark it inherits is not evidence against its blocks.
        var cursor = index
        while cursor >= 0 {
            if tree.nodes[cursor].marks.contains(.drop) { return .xpathDrop }
            cursor = Int(tree.nodes[cursor].parent)
        }
        return []
    }
}
