#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// Where one page thread's work stands, shared with the thread that watches it
/// (``PageWatchdog/watch(limit:_:)``): the item in progress, the phase it began and when.
///
/// The page thread writes it a few times per item, without waking anybody: the watcher sleeps
/// until the current phase's deadline and reads it then. Behind an `NSLock`, like ``Runner``'s
/// state, for ThreadSanitizer's sake.
public final class PageLane: @unchecked Sendable {
    /// An item whose phase ran over, to be tried again on a fresh page thread.
    public struct Retry: Sendable {
        public var item: Int
        /// Every phase of the item that has run over so far.
        public var overran: Set<Int>
    }

    struct Progress {
        /// The item in progress; nil between items.
        var item: Int?
        var overran: Set<Int> = []
        /// The phase in progress; nil before the item's first phase and between items.
        var phase: Int?
        var started = DispatchTime.now()
        /// Changes whenever a phase begins or an item ends, so the watcher can tell that what it
        /// waited for is over.
        var generation = 0
        var abandoned = false
        var thread: pthread_t?
    }

    private let lock = NSLock()
    /// Guarded by `lock`.
    private var state = Progress()
    /// Signalled when the page thread's work returns, unless the thread was abandoned.
    let finished = DispatchSemaphore(value: 0)

    private func withLock<Result>(_ body: (inout Progress) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&state)
    }

    /// The page thread records itself, so that the watcher can lower its priority.
    func adoptCurrentThread() {
        withLock { $0.thread = pthread_self() }
    }

    /// The page thread's last step: it is no longer there to lower (its handle may be reused).
    func retireCurrentThread() {
        withLock { $0.thread = nil }
    }

    /// Starts `item`, which ran over in `overran` before (empty on its first attempt).
    func start(item: Int, overran: Set<Int>) -> WorkAttempt {
        withLock {
            $0.item = item
            $0.overran = overran
            $0.phase = nil
            $0.generation &+= 1
        }
        return WorkAttempt(overran: overran, lane: self)
    }

    /// Starts phase `index` of the item in progress.
    func begin(_ index: Int) {
        let now = DispatchTime.now()
        withLock {
            $0.phase = index
            $0.started = now
            $0.generation &+= 1
        }
    }

    /// Ends the item in progress; false when the thread was abandoned meanwhile (its result is
    /// dropped, and it must stop).
    func finish() -> Bool {
        withLock {
            $0.item = nil
            $0.phase = nil
            $0.generation &+= 1
            return !$0.abandoned
        }
    }

    /// The phase in progress, if any, with when it began and the generation it is in.
    var current: (generation: Int, phase: Int?, started: DispatchTime) {
        withLock { ($0.generation, $0.phase, $0.started) }
    }

    /// Abandons the thread if it is still in the phase of `generation`: returns the item to try
    /// again, with that phase among its overrun ones, or nil when the phase has ended meanwhile.
    func abandon(ifStillIn generation: Int) -> Retry? {
        withLock { state -> Retry? in
            guard state.generation == generation, let item = state.item, let phase = state.phase else { return nil }
            state.abandoned = true
            return Retry(item: item, overran: state.overran.union([phase]))
        }
    }

    /// Lets the cores go to work that can still finish: SCHED_IDLE (5) runs only when nothing else
    /// wants the core. Any thread may lower another's class.
    func deprioritise() {
        #if os(Linux)
        // Under the lock: the thread cannot retire, and its handle cannot be reused, meanwhile.
        withLock { state in
            guard let thread = state.thread else { return }
            var parameters = sched_param()
            parameters.sched_priority = 0
            _ = pthread_setschedparam(thread, 5, &parameters)
        }
        #endif
    }
}
