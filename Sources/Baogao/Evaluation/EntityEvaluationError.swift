/// A problem reading a gold file, naming the file, the line and the reason.
public struct EntityEvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The gold file.
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
