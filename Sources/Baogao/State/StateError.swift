/// The state database cannot be used: which file, what is wrong.
public struct StateError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    /// Creates a state error.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
