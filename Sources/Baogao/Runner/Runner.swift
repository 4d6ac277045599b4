import Dispatch
import Foundation

/// Runs work items concurrently with Dispatch and delivers their results strictly in order.
///
/// `jobs` workers — page threads, each watched by a Dispatch worker (``PageWatchdog``) — take
/// items in index order; at most `window` items are finished but not yet delivered, so memory
/// stays bounded whatever the archive's size; `deliver` is called for item 0, 1, 2, … one at a
/// time, by one worker while the others go on. A set ``StopFlag`` stops workers from taking new
/// items; items already taken finish and are delivered.
public struct Runner: Sendable {
    public var jobs: Int
    /// How many items may be finished but not yet delivered.
    public var window: Int

    /// Creates a runner.
    public init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 8)
    }

    private struct State<Output> {
        var next = 0
        var finished: [Int: Output] = [:]
        var nextToDeliver = 0
    }

    /// The shared state behind an `NSLock` (a pthread mutex, which ThreadSanitizer understands;
    /// a contended `Synchronization.Mutex` hands over inside the runtime, where TSan sees no
    /// acquire and reports races that are not there).
    private final class Locked<Output>: @unchecked Sendable {
        private let lock = NSLock()
        private var state = State<Output>()

        /// Held by the one thread that delivers; see ``Runner/run(count:stop:work:deliver:)``.
        let delivery = NSLock()

        func withLock<Result>(_ body: (inout State<Output>) -> Result) -> Result {
            lock.lock()
            defer { lock.unlock() }
            return body(&state)
        }
    }

    /// Processes items `0..<count` with `work` and hands each result to `deliver` in index order.
    ///
    /// Each of the `jobs` loops runs on a page thread under ``PageWatchdog``: a phase of an item
    /// (``WorkAttempt/begin(_:)``) may take `timeLimit` seconds, and an item with a phase past it
    /// is tried again on a fresh thread, its attempt saying which phases ran over.
    ///
    /// - Returns: how many items were delivered (fewer than `count` only when stopped).
    @discardableResult
    public func run<Output: Sendable>(
        count: Int, stop: StopFlag? = nil, timeLimit: Double = .infinity,
        work: @Sendable @escaping (Int, WorkAttempt) -> Output,
        deliver: @Sendable @escaping (Int, Output) -> Void
    ) -> Int {
        let state = Locked<Output>()
        let slots = DispatchSemaphore(value: window)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(count, 1))) { _ in
            PageWatchdog.watch(limit: timeLimit) { lane, retry in
                var retry = retry
                while true {
                    let index: Int
                    var overran: Set<Int> = []
                    if let again = retry {
                        // The item keeps the window slot it took on the abandoned thread.
                        (index, overran, retry) = (again.item, again.overran, nil)
                    } else {
                        slots.wait()
                        let next = state.withLock { state -> Int? in
                            guard state.next < count, stop?.signal == nil else { return nil }
                            defer { state.next += 1 }
                            return state.next
                        }
                        guard let next else {
                            slots.signal()
                            return
                        }
                        index = next
                    }
                    let output = work(index, lane.start(item: index, overran: overran))
                    guard lane.finish() else { return }
                    state.withLock { $0.finished[index] = output }
                    Runner.deliverReady(state, slots: slots, deliver: deliver)
                }
            }
        }
        return state.withLock { $0.nextToDeliver }
    }

    /// Delivers the finished items that are next in order. One thread delivers at a time, outside
    /// the state's lock, so the others go on taking and finishing items meanwhile (a delivery
    /// saves to the state database); a thread that finds another delivering leaves its item to
    /// it, and the deliverer looks once more after letting go, so no item is left behind.
    private static func deliverReady<Output>(
        _ state: Locked<Output>, slots: DispatchSemaphore, deliver: (Int, Output) -> Void
    ) {
        while state.delivery.try() {
            while let (index, ready) = state.withLock({ state -> (Int, Output)? in
                state.finished.removeValue(forKey: state.nextToDeliver).map { (state.nextToDeliver, $0) }
            }) {
                deliver(index, ready)
                state.withLock { $0.nextToDeliver += 1 }
                slots.signal()
            }
            state.delivery.unlock()
            guard state.withLock({ $0.finished[$0.nextToDeliver] != nil }) else { return }
        }
    }
}
