#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import Synchronization

/// Runs one unit of a page's work on another thread and stops waiting for it after a wall-clock
/// limit, so that no page can block a run.
///
/// libxml2 and the stages cannot be interrupted safely in the middle of a call, so work past its
/// limit is not killed: its thread is *abandoned* — it runs on in the background at the lowest
/// priority, its result is dropped when it ends — and the caller records the page as `timeout`.
/// What an abandoned thread can hold is bounded by the hard caps on a page (`max_page_bytes`,
/// `max_nodes`); it ends with the process at the latest.
///
/// Each calling thread (a runner worker) has one long-lived page thread with a large stack
/// (``stackSize``), so deep input cannot exhaust a small worker stack; it is replaced only when
/// abandoned. (A new thread per page cost about a tenth of the run in `clone`, `munmap` and
/// wake-ups, measured with perf on the benchmark archive.)
public enum PageWatchdog {
    /// The stack size of a page thread.
    public static let stackSize = 64 << 20

    /// How many abandoned threads are still running (for tests and logs).
    public static var abandonedRunning: Int { abandoned.load(ordering: .relaxed) }

    private static let abandoned = Atomic<Int>(0)
    private static let threadKey = "baogao.PageWatchdog.thread"

    private final class Slot<Value: Sendable>: Sendable {
        struct State {
            var value: Value?
            var abandoned = false
        }

        let state = Mutex(State())
        let done = DispatchSemaphore(value: 0)
    }

    /// A long-lived thread that runs the jobs its owner hands it, one at a time.
    private final class PageThread: @unchecked Sendable {
        private let condition = NSCondition()
        /// Guarded by `condition`.
        private var job: (@Sendable () -> Void)?
        private var handle: pthread_t?

        init() {
            let thread = Thread { [self] in loop() }
            thread.stackSize = PageWatchdog.stackSize
            thread.name = "baogao-page"
            thread.start()
        }

        func submit(_ work: @escaping @Sendable () -> Void) {
            condition.lock()
            job = work
            condition.broadcast()
            condition.unlock()
        }

        /// Lets the cores go to the pages that can still finish: SCHED_IDLE (5) runs only when
        /// nothing else wants the core. Any thread may lower its own class.
        func deprioritise() {
            #if os(Linux)
            condition.lock()
            defer { condition.unlock() }
            guard let handle else { return }
            var parameters = sched_param()
            parameters.sched_priority = 0
            _ = pthread_setschedparam(handle, 5, &parameters)
            #endif
        }

        private func loop() {
            condition.lock()
            handle = pthread_self()
            condition.unlock()
            while true {
                condition.lock()
                while job == nil { condition.wait() }
                let work = job!
                job = nil
                condition.unlock()
                work()
            }
        }
    }

    /// The calling thread's page thread, made on first use.
    private static func pageThread() -> PageThread {
        let dictionary = Thread.current.threadDictionary
        if let thread = dictionary[threadKey] as? PageThread { return thread }
        let thread = PageThread()
        dictionary[threadKey] = thread
        return thread
    }

    /// Runs `body` on the calling thread's page thread and waits at most `seconds` for it.
    ///
    /// - Returns: what `body` returned, or nil when it did not finish in time (it is abandoned,
    ///   and the caller gets a fresh page thread next time).
    public static func run<Value: Sendable>(limit seconds: Double, _ body: @escaping @Sendable () -> Value) -> Value? {
        switch run(limit: seconds, firstPhase: 0, phased: { _ in body() }) {
        case .finished(let value): value
        case .abandoned: nil
        }
    }

    /// What became of work run in phases.
    public enum Phased<Value: Sendable>: Sendable {
        case finished(Value)
        /// The work ran over in phase `phase` (the index given to ``Phase/begin(_:)``, or the first
        /// phase) and was abandoned.
        case abandoned(phase: Int)
    }

    /// The phase that work run by ``run(limit:phased:)`` is in: each phase gets the whole limit.
    public final class Phase: Sendable {
        private let state: Mutex<(generation: Int, index: Int, started: DispatchTime)>

        fileprivate init(_ index: Int) {
            state = Mutex((0, index, .now()))
        }

        /// Starts phase `index`; its time limit counts from now.
        public func begin(_ index: Int) {
            state.withLock { $0 = ($0.generation + 1, index, .now()) }
        }

        fileprivate var current: (generation: Int, index: Int, started: DispatchTime) { state.withLock { $0 } }
    }

    /// Runs `body` on the calling thread's page thread; each phase `body` begins (``Phase/begin(_:)``)
    /// may take at most `seconds`, so several steps — a report's pages, then its later stages — go
    /// over in one hand-over (each costs two thread wake-ups) and are still limited one by one.
    ///
    /// - Parameter firstPhase: the phase the work is in until it begins another.
    /// - Returns: `.finished` with what `body` returned, or `.abandoned` with the phase that ran over
    ///   (the work is abandoned, and the caller gets a fresh page thread next time).
    public static func run<Value: Sendable>(
        limit seconds: Double, firstPhase: Int, phased body: @escaping @Sendable (Phase) -> Value
    ) -> Phased<Value> {
        let slot = Slot<Value>()
        let phase = Phase(firstPhase)
        let thread = pageThread()
        thread.submit {
            let value = body(phase)
            let wasAbandoned = slot.state.withLock { state -> Bool in
                if !state.abandoned { state.value = value }
                return state.abandoned
            }
            if wasAbandoned {
                abandoned.subtract(1, ordering: .relaxed)
            } else {
                slot.done.signal()
            }
        }
        while true {
            let current = phase.current
            let deadline: DispatchTime = seconds.isFinite && seconds < 1e9 ? current.started + seconds : .distantFuture
            if slot.done.wait(timeout: deadline) == .success {
                return .finished(slot.state.withLock { $0.value! })
            }
            // A phase that began while we waited has its own limit.
            if phase.current.generation != current.generation { continue }
            let late = slot.state.withLock { state -> Value? in
                if let value = state.value { return value }
                state.abandoned = true
                abandoned.add(1, ordering: .relaxed)
                return nil
            }
            if let late { return .finished(late) }
            thread.deprioritise()
            Thread.current.threadDictionary.removeObject(forKey: threadKey)
            return .abandoned(phase: current.index)
        }
    }
}
