/// What baogao knows about one site family: how to recognise its pages and its boilerplate.
///
/// Profiles live in `Pipelines/sites/*.yaml`. A profile applies to a page when any of its match
/// rules hits; its rules are added to the pipeline's generic rules for that page.
public struct SiteProfile: Sendable {
    /// The profile's name, for error records and `explain`.
    public var name: String
    /// The file the profile was read from.
    public var file: String
    /// Substrings of the page's path relative to the input directory.
    public var matchPaths: [String]
    /// Substrings of the page's `<title>`.
    public var matchTitles: [String] {
        didSet { pageNeedles = LiteralSet(matchTitles + matchTexts) }
    }
    /// Strings (match keys) whose presence in the page's text marks the site.
    public var matchTexts: [String] {
        didSet { pageNeedles = LiteralSet(matchTitles + matchTexts) }
    }
    /// `matchTitles` and `matchTexts`, looked for in one pass over a page.
    private var pageNeedles = LiteralSet([])
    /// The site's text rules.
    public var rules: BoilerplateRules
    /// XPath expressions of elements that are always boilerplate.
    public var dropXPaths: [String]
    /// XPath expressions of elements that are always main content.
    public var keepXPaths: [String]
    /// Site-name suffixes removed from titles (`_博县网`).
    public var titleSuffixes: [String]

    /// Creates a profile.
    public init(
        name: String, file: String, matchPaths: [String] = [], matchTitles: [String] = [], matchTexts: [String] = [],
        rules: BoilerplateRules = BoilerplateRules(), dropXPaths: [String] = [], keepXPaths: [String] = [],
        titleSuffixes: [String] = []
    ) {
        self.name = name
        self.file = file
        self.matchPaths = matchPaths
        self.matchTitles = matchTitles
        self.matchTexts = matchTexts.map(MatchKey.of)
        self.pageNeedles = LiteralSet(self.matchTitles + self.matchTexts)
        self.rules = rules
        self.dropXPaths = dropXPaths
        self.keepXPaths = keepXPaths
        self.titleSuffixes = titleSuffixes
    }

    /// Whether the profile applies to a page, judged by its path and its raw UTF-8 bytes.
    public func matches(path: String, utf8: [UInt8]) -> Bool {
        if matchPaths.contains(where: { path.contains($0) }) { return true }
        return pageNeedles.occurs(inPage: utf8)
    }
}
