import Foundation

/// A regular expression of a text rule, compiled once (`NSRegularExpression`, ICU syntax).
///
/// A class, immutable: the rules walk their patterns for every short line, and copying a struct
/// of several references cost a retain and release of each per line (perf, benchmark archive).
public final class RulePattern: @unchecked Sendable {
    /// The expression as written in the profile.
    public let source: String
    private let expression: NSRegularExpression
    /// What rules a line out without running the expression (nil: nothing does).
    let prefilter: PatternPrefilter?

    /// Compiles a pattern.
    ///
    /// - Throws: the compiler's error when the pattern is not a valid regular expression.
    public init(_ source: String) throws {
        self.source = source
        self.expression = try NSRegularExpression(pattern: source)
        self.prefilter = PatternPrefilter(source: source)
    }

    /// Whether the pattern may match the whole of `text` (valid UTF-8): false when its
    /// ``PatternPrefilter`` rules the text out, without running the expression.
    func mayMatchWhole(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        prefilter?.mayMatch(utf8: text) ?? true
    }

    /// Whether the pattern matches the whole of `text`.
    public func matchesWhole(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, options: [.anchored], range: range) else { return false }
        return match.range == range
    }

    /// The first match of the pattern in `text`, as capture-group strings (group 0 first).
    public func firstMatch(in text: String) -> [String?]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range) else { return nil }
        return (0..<match.numberOfRanges).map { group in
            Range(match.range(at: group), in: text).map { String(text[$0]) }
        }
    }
}
