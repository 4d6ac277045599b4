import Foundation

/// A gazetteer table that cannot be read: which file, which line, and why.
public struct GazetteerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The table's path (or the source label given to the parser).
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
