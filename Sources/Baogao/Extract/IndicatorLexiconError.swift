import Foundation

/// A problem reading the indicator lexicon, naming the file and the reason.
public struct IndicatorLexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The lexicon file.
    public var file: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`.
    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
