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
        didSet {
            equalsByHash = BoilerplateRules.index(equals)
            longestEqual = equals.map(\.utf8.count).max() ?? 0
        }
    }
    /// The byte length of the longest of `equals`: longer lines need no look-up.
    private var longestEqual = 0
    /// `equals` by ``ContentHash``: hashing or comparing a String normalises it on every lookup.
    private var equalsByHash: [UInt64: [String]] = [:]
    /// Lines starting with one of these are dropped.
    public private(set) var prefixes: [String] {
        didSet { prefixesByFirstScalar = BoilerplateRules.index(prefixes) }
    }
    /// `prefixes` by their first Unicode scalar, so a line is compared only with the few that can match.
    private var prefixesByFirstScalar: [Unicode.Scalar: [String]] = [:]
    /// Lines containing one of these are dropped (use for strings that never occur in report text).
    public private(set) var contains: [String] {
        didSet { rebuildScanner() }
    }
    /// Lines matching one of these regular expressions (against the whole key) are dropped.
    public private(set) var patterns: [RulePattern] {
        didSet { rebuildScanner() }
    }
    /// The prefilters of `patterns`, applied together.
    private var patternScreen: PatternScreen
    /// A line containing one of these ends the page's content.
    public private(set) var endMarkers: [String] {
        didSet { rebuildScanner() }
    }
    /// `endMarkers`, `contains`, then the words of ``KeyScan``'s groups, searched in one pass.
    private var literals: LiteralSet
    /// The group bit of each of `literals`' needles (0 for end markers and `contains`).
    private var literalGroups: [UInt64]
    /// A line matching one of these (whole line) ends the page's content (`网友评论…`).
    public private(set) var endPatterns: [RulePattern] {
        didSet { rebuildScanner() }
    }
    /// The prefilters of `endPatterns`, applied together.
    private var endPatternScreen: PatternScreen

    /// Creates rules; strings are converted to match keys.
    public init(
        equals: [String] = [], prefixes: [String] = [], contains: [String] = [], patterns: [RulePattern] = [],
        endMarkers: [String] = [], endPatterns: [RulePattern] = []
    ) {
        self.equals = Set(equals.map(MatchKey.of))
        self.equalsByHash = BoilerplateRules.index(self.equals)
        self.longestEqual = self.equals.map(\.utf8.count).max() ?? 0
        self.prefixes = prefixes.map(MatchKey.of)
        self.prefixesByFirstScalar = BoilerplateRules.index(self.prefixes)
        self.contains = contains.map(MatchKey.of)
        self.patterns = patterns
        self.endMarkers = endMarkers.map(MatchKey.of)
        self.endPatterns = endPatterns
        (literals, literalGroups, endPatternScreen, patternScreen) = BoilerplateRules.scanner(
            endMarkers: self.endMarkers, contains: self.contains, patterns: patterns, endPatterns: endPatterns)
    }

    /// The group bits of ``KeyScan``: the decider's cue words, then the patterns' required strings.
    static let publicationCueBit = 0
    static let selfReferenceBit = 1
    static let rightsWordBit = 2

    /// Rebuilds the one-pass search after a list changed.
    private mutating func rebuildScanner() {
        (literals, literalGroups, endPatternScreen, patternScreen) = BoilerplateRules.scanner(
            endMarkers: endMarkers, contains: contains, patterns: patterns, endPatterns: endPatterns)
    }

    /// The one pass's needles — end markers and `contains` strings first, ranked, then the grouped
    /// words with their bits — and the pattern screens, which own the bits after the cue words.
    private static func scanner(endMarkers: [String], contains: [String], patterns: [RulePattern], endPatterns: [RulePattern])
        -> (LiteralSet, [UInt64], endPatternScreen: PatternScreen, patternScreen: PatternScreen) {
        let endPatternScreen = PatternScreen(endPatterns, firstBit: rightsWordBit + 1)
        let patternScreen = PatternScreen(patterns, firstBit: rightsWordBit + 1 + endPatternScreen.bits)
        let ranked = endMarkers + contains
        var words: [(needle: String, mask: UInt64)] = []
        words += PublicationLine.cueWords.map { ($0, 1 << UInt64(publicationCueBit)) }
        words += DisclaimerLine.selfReferences.map { ($0, 1 << UInt64(selfReferenceBit)) }
        words += DisclaimerLine.rightsWords.map { ($0, 1 << UInt64(rightsWordBit)) }
        words += endPatternScreen.needles + patternScreen.needles
        let set = LiteralSet(ranked + words.map(\.needle))
        return (set, Array(repeating: 0, count: ranked.count) + words.map(\.mask), endPatternScreen, patternScreen)
    }

    /// One pass over a line's match key for everything the decider asks of it.
    func scan(_ key: String) -> KeyScan {
        scan(utf8: ArraySlice(key.utf8))
    }

    /// ``scan(_:)`` of a match key given as UTF-8.
    func scan(utf8 key: ArraySlice<UInt8>) -> KeyScan {
        let (first, groups) = key.withUnsafeBufferPointer {
            literals.scan(utf8: $0, ranked: endMarkers.count + contains.count, masks: literalGroups)
        }
        return KeyScan(literal: first, groups: groups)
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
        verdict(forKey: key, scan: scan(key))
    }

    /// The verdict on one line, given its match key and what a pass over the key found.
    func verdict(forKey key: String, scan: KeyScan) -> Verdict {
        verdict(forKeyUTF8: ArraySlice(key.utf8), scan: scan)
    }

    /// The verdict on one line, given its match key as UTF-8 and what a pass over the key found.
    /// A String of the key is made only for a short line (regular expressions and their screens
    /// read Strings) and for a rule's message: report prose is decided on its bytes.
    func verdict(forKeyUTF8 key: ArraySlice<UInt8>, scan: KeyScan) -> Verdict {
        key.withUnsafeBufferPointer { verdict(forKeyBytes: $0, scan: scan) }
    }

    private func verdict(forKeyBytes key: UnsafeBufferPointer<UInt8>, scan: KeyScan) -> Verdict {
        // The first end marker that occurs, else the first `contains` string (the same pass).
        let literal = scan.literal
        if let literal, literal < endMarkers.count { return .end(rule: "end marker '\(endMarkers[literal])'") }
        // Patterns describe short lines (page words, share bars, comment headers): a line of more
        // than `patternLineLimit` UTF-8 bytes is report prose, and regular expressions are costly.
        // A String of the line only for the regular expressions, once a screen lets one run.
        let short = key.count <= BoilerplateRules.patternLineLimit
        var text: String?
        func line() -> String {
            if let text { return text }
            text = String(decoding: key, as: UTF8.self)
            return text!
        }
        if short, let pattern = endPatternScreen.firstMatch(utf8: key, present: scan.groups, text: line) {
            return .end(rule: "end pattern /\(pattern.source)/")
        }
        if key.count <= longestEqual, let same = equalsByHash[ContentHash.of(key)], same.contains(where: { $0.hasSameUTF8(as: key) }) {
            return .drop(rule: "line equals '\(String(decoding: key, as: UTF8.self))'")
        }
        if let first = BoilerplateRules.firstScalar(of: key) {
            for prefix in prefixesByFirstScalar[first] ?? [] where prefix.isUTF8Prefix(of: key) {
                return .drop(rule: "line starts with '\(prefix)'")
            }
        }
        if let literal { return .drop(rule: "line contains '\(contains[literal - endMarkers.count])'") }
        if short, let pattern = patternScreen.firstMatch(utf8: key, present: scan.groups, text: line) {
            return .drop(rule: "line matches /\(pattern.source)/")
        }
        return .keep
    }

    /// The first Unicode scalar of valid UTF-8, or nil when it is empty.
    private static func firstScalar(of utf8: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let lead = utf8.first else { return nil }
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard length <= utf8.count else { return nil }
        return Unicode.Scalar(length == 1 ? UInt32(lead) : UTF8Validator.value(utf8, at: 0, length: length))
    }

    private static func index(_ keys: Set<String>) -> [UInt64: [String]] {
        Dictionary(grouping: keys, by: ContentHash.of)
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
