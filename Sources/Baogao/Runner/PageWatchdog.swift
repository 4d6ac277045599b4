import Dispatch
import Foundation
import Synchronization

/// Runs work on a page thread and stops waiting for a phase of it after a wall-clock limit, so
/// that no page can block a run.
///
/// libxml2 and the stages cannot be interrupted safely in the middle of a call, so work past its
/// limit is not killed: its thread is *abandoned* — it runs on in the background at the lowest
/// priority, what it does later is dropped — and the work goes on on a fresh page thread, which
/// tries the item again knowing which phase ran over (``WorkAttempt``), so that it is recorded as
/// `timeout`. What an abandoned thread can hold is bounded by the hard caps on a page
/// (`max_page_bytes`, `max_nodes`); it ends with the process at the latest.
///
/// The page thread runs a whole loop of items, not one item per hand-over: the watcher sleeps
/// until the current phase's deadline and only then reads where the work stands (``PageLane``).
/// Handing each report to a page thread and waiting for it, as baogao did before, cost two thread
/// wake-ups per report and about a tenth of a `--jobs 1` run's wall time (measured on the
/// benchmark archive). A page thread has a large stack (``stackSize``), so that deep input cannot
/// exhaust a small worker stack.
public enum PageWatchdog {
    /// The stack size of a page thread.
    public static let stackSize = 64 << 20

    /// How many abandoned threads are still running (for tests and logs).
    public static var abandonedRunning: Int { abandoned.load(ordering: .relaxed) }

    private static let abandoned = Atomic<Int>(0)

    /// Runs `loop` on a page thread and watches the phases of the attempts it starts on its lane.
    /// When a phase runs over `seconds`, the thread is abandoned and `loop` runs again on a fresh
    /// page thread, given the item to try again; returns when a page thread's `loop` returns.
    ///
    /// `loop` must stop as soon as ``PageLane/finish()`` says its thread was abandoned.
    public static func watch(limit seconds: Double, _ loop: @escaping @Sendable (PageLane, PageLane.Retry?) -> Void) {
        let limited = seconds.isFinite && seconds < 1e9
        var retry: PageLane.Retry?
        while true {
            let lane = PageLane()
            start(lane) { [retry] in loop(lane, retry) }
            retry = nil
            while retry == nil {
                let current = lane.current
                let deadline: DispatchTime = !limited ? .distantFuture
                    : current.phase == nil ? .now() + seconds : current.started + seconds
                if lane.finished.wait(timeout: deadline) == .success { return }
                // Between phases a new phase cannot be late before the next look; a phase that began
                // while we slept has a deadline of its own.
                guard current.phase != nil else { continue }
                // Counted before the thread can see it is abandoned (and count itself out as it ends).
                abandoned.add(1, ordering: .relaxed)
                guard let late = lane.abandon(ifStillIn: current.generation) else {
                    abandoned.subtract(1, ordering: .relaxed)
                    continue
                }
                lane.deprioritise()
                retry = late
            }
        }
    }

    /// Starts a page thread on `lane` running `body`.
    private static func start(_ lane: PageLane, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread {
            lane.adoptCurrentThread()
            body()
            let wasAbandoned = !lane.finish()
            lane.retireCurrentThread()
            if wasAbandoned {
                abandoned.subtract(1, ordering: .relaxed)
            } else {
                lane.finished.signal()
            }
        }
        thread.stackSize = stackSize
        thread.name = "baogao-page"
        thread.start()
    }
}
