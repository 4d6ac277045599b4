/// The cleanup stage's configuration: generic rules, site profiles and thresholds.
public struct CleanupSettings: Sendable {
    /// Rules applied to every page.
    public var rules: BoilerplateRules
    /// Site profiles, tried in order; every matching profile adds its rules.
    public var profiles: [SiteProfile]
    /// Blocks whose link text is at least this share of their characters are navigation.
    public var maxLinkDensity: Double
    /// Blocks shorter than this many characters and without punctuation don't count as content evidence.
    public var minContentChars: Int
    /// Pages are refused past this many HTML nodes.
    public var maxNodes: Int
    /// The main element must hold at least this share of the prose of the page's densest prose
    /// region (the best element's own and its children's paragraphs), so a lone paragraph elsewhere
    /// cannot win over an article whose container also holds link lists.
    public var minProseShare: Double = 0.5

    /// Creates settings.
    public init(
        rules: BoilerplateRules = BoilerplateRules(), profiles: [SiteProfile] = [], maxLinkDensity: Double = 0.5,
        minContentChars: Int = 10, maxNodes: Int = 2_000_000
    ) {
        self.rules = rules
        self.profiles = profiles
        self.maxLinkDensity = maxLinkDensity
        self.minContentChars = minContentChars
        self.maxNodes = maxNodes
    }
}
