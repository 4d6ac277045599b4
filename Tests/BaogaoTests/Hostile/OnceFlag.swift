import Foundation

/// A flag that is set once, from any thread.
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false

    /// Sets the flag; true only for the first call.
    func setOnce() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if set { return false }
        set = true
        return true
    }
}
