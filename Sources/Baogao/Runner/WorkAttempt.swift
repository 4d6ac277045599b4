/// One try at a work item on a page thread. The work marks its phases (a report's pages, then its
/// later stages) with ``begin(_:)``, and each phase may take the whole time limit. When a phase
/// runs over, the thread is abandoned and the item is tried again on a fresh thread; that attempt
/// lists the phase in ``overran``, so the work records it as timed out instead of running it again.
public struct WorkAttempt: Sendable {
    /// The phases of this item that ran over the limit in earlier attempts.
    public let overran: Set<Int>
    /// The page thread's lane, which its watcher reads; nil when nobody watches.
    let lane: PageLane?

    /// An attempt that nobody watches and nothing ran over before.
    public static let unwatched = WorkAttempt(overran: [], lane: nil)

    init(overran: Set<Int>, lane: PageLane?) {
        self.overran = overran
        self.lane = lane
    }

    /// Starts phase `index`; its time limit counts from now.
    public func begin(_ index: Int) {
        lane?.begin(index)
    }
}
