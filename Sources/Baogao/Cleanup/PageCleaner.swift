import BaogaoHTML

/// The cleanup stage: keeps a parsed page's title and main-text paragraphs.
///
/// Steps: cut the tree into blocks → choose the main content element → keep its blocks that are
/// not navigation (link density), not in boilerplate tags, not the title, and not dropped by a
/// text rule; an end-marker line ends the page. ``run(_:)-(DecodedPage)`` parses first (``PageParser``).
public struct PageCleaner: Stage {
    public static let name = "cleanup"
    public typealias Input = ParsedPage
    public typealias Output = CleanPage

    public let settings: CleanupSettings
    /// The parse stage these settings go with.
    public let parser: PageParser
    /// The generic rules merged with each combination of matching profiles, compiled once (by
    /// bit mask of profile indices): merging compiles regular expressions, which per page cost
    /// time and, in Foundation on Linux, memory that is never returned.
    private let mergedRules: [Int: BoilerplateRules]

    /// Profiles beyond this many are merged per page instead of ahead of time.
    static let precomputedProfiles = 6

    /// Creates a cleaner.
    public init(settings: CleanupSettings) {
        self.settings = settings
        self.parser = PageParser(settings: settings)
        var merged: [Int: BoilerplateRules] = [:]
        let count = settings.profiles.count
        if count <= PageCleaner.precomputedProfiles {
            for mask in 0..<(1 << count) {
                merged[mask] = settings.profiles.indices.filter { mask & (1 << $0) != 0 }
                    .reduce(settings.rules) { $0.merged(with: settings.profiles[$1].rules) }
            }
        }
        mergedRules = merged
    }

    /// Parses and cleans one page.
    ///
    /// - Throws: ``StageError`` `unparseable` when libxml2 builds no document, `no_main_content`
    ///   when nothing is left.
    public func run(_ page: DecodedPage) throws -> CleanPage {
        try run(parser.run(page))
    }

    /// Cleans one parsed page.
    ///
    /// - Throws: ``StageError`` `no_main_content` when nothing is left.
    public func run(_ parsed: ParsedPage) throws -> CleanPage {
        let page = parsed.page
        let analysis = analyse(parsed)
        // The decisions are read in place (a filtered array of them, and its loop, copied each
        // kept one: a retain and a release of its text, bytes and reason).
        let keptCount = analysis.decisions.withUnsafeBufferPointer { decisions in
            decisions.indices.reduce(0) { $0 + (decisions[$1].kept ? 1 : 0) }
        }
        guard keptCount > 0 else {
            throw StageError("no_main_content", "no main text found (\(analysis.decisions.count) text blocks, all boilerplate)")
        }
        var warnings: [RecordWarning] = []
        let path = page.source.relativePath
        if page.replacements > 0 {
            warnings.append(RecordWarning(
                code: "replacement_characters", source: path,
                message: "\(page.replacements) invalid byte sequences in \(page.encoding) replaced with U+FFFD"))
        }
        if page.removedNULs > 0 {
            warnings.append(RecordWarning(code: "nul_bytes", source: path, message: "\(page.removedNULs) NUL bytes removed"))
        }
        if analysis.truncated {
            warnings.append(RecordWarning(
                code: "truncated", source: path, message: "page has more than \(settings.maxNodes) HTML nodes; the rest was ignored"))
        }
        // The paragraphs go on in NFKC, as the decider folded them for their keys (a block kept
        // before its key was needed is folded here): the normaliser folded each again, 1.1% of a
        // run's instructions (callgrind, 240 benchmark pages).
        var paragraphs: [ArraySlice<UInt8>] = []
        var keys: [UInt64] = []
        paragraphs.reserveCapacity(keptCount)
        keys.reserveCapacity(keptCount)
        analysis.decisions.withUnsafeBufferPointer { decisions in
            for index in decisions.indices where decisions[index].kept {
                if let nfkc = decisions[index].nfkcUTF8, let keyHash = decisions[index].keyHash {
                    paragraphs.append(nfkc)
                    keys.append(keyHash)
                } else {
                    let (nfkc, key) = MatchKey.nfkcAndKey(of: decisions[index].block.utf8)
                    paragraphs.append(nfkc)
                    keys.append(MatchKey.hash(utf8: key))
                }
            }
        }
        return CleanPage(
            source: page.source, title: analysis.title, paragraphUTF8: paragraphs, paragraphsInNFKC: true,
            paragraphKeys: keys, publishedDate: analysis.publishedDate, encoding: page.encoding, warnings: warnings)
    }

    /// Everything cleanup decided about a page, for ``run(_:)`` and `baogao explain`.
    public struct Analysis: Sendable {
        /// The page's title.
        public var title: String?
        /// Every block with the decision on it, in page order.
        public var decisions: [BlockDecision]
        /// The names of the profiles that applied.
        public var profiles: [String]
        /// The publication date shown near the title.
        public var publishedDate: String?
        /// Whether the page hit the node limit.
        public var truncated: Bool
        /// Where the title came from (`<title>`, `h1 agreeing with <title>`, `og:title`, …).
        public var titleSource: String? = nil
        /// The parsed page.
        public var tree: HTMLTree = HTMLTree()
        /// The chosen main-content element and every element's score.
        public var choice: ContentSelector.Choice? = nil
    }

    /// Parses and decides on every block of a page.
    public func analyse(_ page: DecodedPage) throws -> Analysis {
        analyse(try parser.run(page))
    }

    /// Decides on every block of a parsed page.
    public func analyse(_ parsed: ParsedPage) -> Analysis {
        let tree = parsed.tree
        let profiles = parsed.profileIndices.map { settings.profiles[$0] }
        let mask = parsed.profileIndices.reduce(0) { $0 | (1 << $1) }
        let rules = mergedRules[mask] ?? profiles.reduce(settings.rules) { $0.merged(with: $1.rules) }
        let blocks = BlockSegmenter.blocks(of: tree)
        let titled = TitleExtractor.titleAndSource(of: tree, blocks: blocks, suffixes: profiles.flatMap(\.titleSuffixes))
        let title = titled?.title
        let choice = ContentSelector.choose(in: tree, blocks: blocks, settings: settings)
        var decider = BlockDecider(
            tree: tree, choice: choice, rules: rules, settings: settings, title: title, rawTitle: tree.title)
        let decisions = decider.decideAll(blocks)
        return Analysis(
            title: title, decisions: decisions, profiles: profiles.map(\.name), publishedDate: decider.publishedDate,
            truncated: tree.nodes.count >= settings.maxNodes, titleSource: titled?.source, tree: tree, choice: choice)
    }
}
