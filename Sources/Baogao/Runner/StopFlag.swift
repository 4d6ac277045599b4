import Synchronization

/// Set when the run should stop taking new work (SIGINT, SIGTERM); read by the workers.
public final class StopFlag: Sendable {
    private let flag = Atomic<Int32>(0)

    /// A flag that is not set.
    public init() {}

    /// Asks the run to stop, remembering the signal number.
    public func stop(signal: Int32) {
        flag.store(signal, ordering: .sequentiallyConsistent)
    }

    /// The signal that asked the run to stop, or nil.
    public var signal: Int32? {
        let value = flag.load(ordering: .sequentiallyConsistent)
        return value == 0 ? nil : value
    }
}
