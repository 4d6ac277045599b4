/// A pipeline or site-profile file that cannot be used: which file, which key, what is wrong.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as given or as referenced.
    public var file: String
    /// The dotted key path (`cleanup.rules.patterns[2]`), empty for the whole file.
    public var key: String
    /// What is wrong, as a sentence fragment.
    public var problem: String

    /// Creates a configuration error.
    public init(file: String, key: String, problem: String) {
        self.file = file
        self.key = key
        self.problem = problem
    }

    public var description: String {
        key.isEmpty ? "\(file): \(problem)" : "\(file): key '\(key)': \(problem)"
    }
}
