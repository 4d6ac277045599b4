/// A stage's refusal of one page: a machine-readable reason and a sentence.
public struct StageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A short stable reason code (`empty_file`, `binary_data`, `too_large`, `no_main_content`, …).
    public var reason: String
    /// A sentence for people.
    public var message: String

    /// Creates a stage error.
    public init(_ reason: String, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
