/// Calls, failures and time per stage; added up by the runner across reports and threads.
public struct StageTimings: Sendable, Equatable {
    /// One stage's figures.
    public struct Entry: Sendable, Equatable {
        public var calls = 0
        public var failures = 0
        public var nanoseconds: UInt64 = 0
    }

    /// Figures per stage name.
    public private(set) var entries: [String: Entry] = [:]

    /// Empty timings.
    public init() {}

    /// Runs one stage on one input, timing it and counting a thrown error as a failure.
    public mutating func run<S: Stage>(_ stage: S, _ input: S.Input) throws -> S.Output {
        let start = ContinuousClock.now
        defer { record(S.name, since: start) }
        do {
            return try stage.run(input)
        } catch {
            entries[S.name, default: Entry()].failures += 1
            throw error
        }
    }

    private mutating func record(_ name: String, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let nanoseconds = UInt64(elapsed.components.seconds) * 1_000_000_000 + UInt64(elapsed.components.attoseconds / 1_000_000_000)
        entries[name, default: Entry()].calls += 1
        entries[name, default: Entry()].nanoseconds += nanoseconds
    }

    /// Records one call of the runner's own write step.
    mutating func addWrite(since start: ContinuousClock.Instant) {
        record("write", since: start)
    }

    /// Adds another set of figures to these.
    public mutating func add(_ other: StageTimings) {
        for (name, entry) in other.entries {
            entries[name, default: Entry()].calls += entry.calls
            entries[name, default: Entry()].failures += entry.failures
            entries[name, default: Entry()].nanoseconds += entry.nanoseconds
        }
    }

    /// The stages in pipeline order, then any others by name.
    public static let order = ["read", "decode", "parse", "cleanup", "stitch", "normalize", "extract", "encode", "write"]
}
