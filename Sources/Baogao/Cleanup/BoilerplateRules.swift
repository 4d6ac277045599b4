import Foundation

/// Text-level boilerplate rules: lines to drop, and markers after which a page holds no more content.
///
/// Rules compare ``MatchKey``s (NFKC, whitespace removed), so `留言与评论(共有 条评论)` written in a
/// profile matches `留言与评论（共有0条评论）` on a page only through a prefix or pattern rule, and
/// spacing never matters.
public struct BoilerplateRules: Sendable {
    /// What a rule decided about a line, with the rule that decided it.
    public enum Verdict: Sendable, Equatable {
        case keep
        /// Drop this line.
        case drop(rule: String)
        /// Drop this line and everything after it on the page.
        case end(rule: String)
    }

    /// Lines equal to one of these are dropped.
    public var equals: Set<String>
    /// Lines starting with one of these are dropped.
    public var prefixes: [String]
    /// Lines containing one of these are dropped (use for strings that never occur in report text).
    public var contains: [String]
    /// Lines matching one of these regular expressions (against the whole key) are dropped.
    public var patterns: [RulePattern]
    /// A line containing one of these ends the page's content.
    public var endMarkers: [String]
    /// A line matching one of these (whole line) ends the page's content (`网友评论…`).
    public var endPatterns: [RulePattern]

    /// Creates rules; strings are converted to match keys.
    public init(
        equals: [String] = [], prefixes: [String] = [], contains: [String] = [], patterns: [RulePattern] = [],
        endMarkers: [String] = [], endPatterns: [RulePattern] = []
    ) {
        self.equals = Set(equals.map(MatchKey.of))
        self.prefixes = prefixes.map(MatchKey.of)
        self.contains = contains.map(MatchKey.of)
        self.patterns = patterns
        self.endMarkers = endMarkers.map(MatchKey.of)
        self.endPatterns = endPatterns
    }

    /// Rules that apply both sets.
    public func merged(with other: BoilerplateRules) -> BoilerplateRules {
        var rules = self
        rules.equals.formUnion(other.equals)
        rules.prefixes += other.prefixes
        rules.contains += other.contains
        rules.patterns += other.patterns
        rules.endMarkers += other.endMarkers
        rules.endPatterns += other.endPatterns
        return rules
    }

    /// The verdict on one line, given its match key.
    public func verdict(forKey key: String) -> Verdict {
        for marker in endMarkers where key.contains(marker) { return .end(rule: "end marker '\(marker)'") }
        for pattern in endPatterns where pattern.matchesWhole(key) { return .end(rule: "end pattern /\(pattern.source)/") }
        if equals.contains(key) { return .drop(rule: "line equals '\(key)'") }
        for prefix in prefixes where key.hasPrefix(prefix) { return .drop(rule: "line starts with '\(prefix)'") }
        for needle in contains where key.contains(needle) { return .drop(rule: "line contains '\(needle)'") }
        for pattern in patterns where pattern.matchesWhole(key) { return .drop(rule: "line matches /\(pattern.source)/") }
        return .keep
    }
}
