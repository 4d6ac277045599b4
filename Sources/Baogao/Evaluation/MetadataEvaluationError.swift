/// A gold file that cannot be used for evaluation: which file, which line, and why.
public struct MetadataEvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The gold file's path.
    public var file: String
    /// The 1-based line number, 0 when the whole file is at fault.
    public var line: Int
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`.
    public var description: String {
        line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}
