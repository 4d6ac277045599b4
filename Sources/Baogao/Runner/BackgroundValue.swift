import Foundation

/// A value computed on another thread while the caller goes on; ``value`` waits for it.
///
/// `baogao run` scans the input folder this way while the pipeline loads: both are start-up
/// work done before the first page, and the run's serial part limits what `--jobs 2` gains.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var result: Value?

    /// Starts computing the value.
    public init(_ compute: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let value = compute()
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The value, once computed.
    public var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
