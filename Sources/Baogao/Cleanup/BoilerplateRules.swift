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
    public private(set) var equals: Set<String> {
        didSet { equalHashes = Set(equals.map(ContentHash.of)) }
    }
    /// ``ContentHash``es of `equals`: hashing a String normalises it on every lookup.
    private var equalHashes: Set<UInt64> = []
    /// Lines starting with one of these are dropped.
    public private(set) var prefixes: [String] {
        didSet { prefixesByFirstScalar = BoilerplateRules.index(prefixes) }
    }
    /// `prefixes` by their first Unicode scalar, so a line is compared only with the few that can match.
    private var prefixesByFirstScalar: [Unicode.Scalar: [String]] = [:]
    /// Lines containing one of these are dropped (use for strings that never occur in report text).
    public var contains: [String]
    /// Lines matching one of these regular expressions (against the whole key) are dropped.
    public private(set) var patterns: [RulePattern] {
        didSet { anyPattern = RulePattern.alternation(of: patterns) }
    }
    /// All `patterns` as one expression: one ICU match per line instead of one per pattern.
    private var anyPattern: RulePattern?
    /// A line containing one of these ends the page's content.
    public var endMarkers: [String]
    /// A line matching one of these (whole line) ends the page's content (`网友评论…`).
    public private(set) var endPatterns: [RulePattern] {
        didSet { anyEndPattern = RulePattern.alternation(of: endPatterns) }
    }
    /// All `endPatterns` as one expression.
    private var anyEndPattern: RulePattern?

    /// Creates rules; strings are converted to match keys.
    public init(
        equals: [String] = [], prefixes: [String] = [], contains: [String] = [], patterns: [RulePattern] = [],
        endMarkers: [String] = [], endPatterns: [RulePattern] = []
    ) {
        self.equals = Set(equals.map(MatchKey.of))
        self.equalHashes = Set(self.equals.map(ContentHash.of))
        self.prefixes = prefixes.map(MatchKey.of)
        self.prefixesByFirstScalar = BoilerplateRules.index(self.prefixes)
        self.contains = contains.map(MatchKey.of)
        self.patterns = patterns
        self.anyPattern = RulePattern.alternation(of: patterns)
        self.endMarkers = endMarkers.map(MatchKey.of)
        self.endPatterns = endPatterns
        self.anyEndPattern = RulePattern.alternation(of: endPatterns)
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

    /// Lines longer than this (UTF-8 bytes of the match key, about 100 Chinese characters) are not
    /// tried against `patterns` and `end_patterns`.
    public static let patternLineLimit = 300

    /// The verdict on one line, given its match key.
    public func verdict(forKey key: String) -> Verdict {
        for marker in endMarkers where key.contains(marker) { return .end(rule: "end marker '\(marker)'") }
        // Patterns describe short lines (page words, share bars, comment headers): a line of more
        // than `patternLineLimit` UTF-8 bytes is report prose, and regular expressions are costly.
        let short = key.utf8.count <= BoilerplateRules.patternLineLimit
        if short, anyEndPattern?.matchesWhole(key) ?? true {
            for pattern in endPatterns where pattern.matchesWhole(key) { return .end(rule: "end pattern /\(pattern.source)/") }
        }
        if equalHashes.contains(ContentHash.of(key)) && equals.contains(key) { return .drop(rule: "line equals '\(key)'") }
        if let first = key.unicodeScalars.first {
            for prefix in prefixesByFirstScalar[first] ?? [] where key.hasUTF8Prefix(prefix) {
                return .drop(rule: "line starts with '\(prefix)'")
            }
        }
        for needle in contains where key.contains(needle) { return .drop(rule: "line contains '\(needle)'") }
        if short, anyPattern?.matchesWhole(key) ?? true {
            for pattern in patterns where pattern.matchesWhole(key) { return .drop(rule: "line matches /\(pattern.source)/") }
        }
        return .keep
    }

    private static func index(_ prefixes: [String]) -> [Unicode.Scalar: [String]] {
        var index: [Unicode.Scalar: [String]] = [:]
        for prefix in prefixes {
            guard let first = prefix.unicodeScalars.first else { continue }
            index[first, default: []].append(prefix)
        }
        return index
    }
}
