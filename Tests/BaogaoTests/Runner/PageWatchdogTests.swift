import Foundation
import XCTest
@testable import Baogao

/// The page time limit as the runner applies it: phases of an item, attempts after an overrun,
/// and the work that goes on meanwhile.
final class PageWatchdogTests: XCTestCase {
    /// Runs `work` on items `0..<count` and returns what was delivered, in delivery order.
    private func run(count: Int, jobs: Int = 1, limit: Double, _ work: @Sendable @escaping (Int, WorkAttempt) -> Set<Int>)
        -> [(index: Int, overran: Set<Int>)] {
        let delivered = LockedBox<[(index: Int, overran: Set<Int>)]>([])
        Runner(jobs: jobs).run(count: count, timeLimit: limit, work: work, deliver: { index, overran in
            delivered.withLock { $0.append((index, overran)) }
        })
        return delivered.withLock { $0 }
    }

    func testEachPhaseOfAnItemGetsTheWholeLimit() {
        let started = ContinuousClock.now
        let delivered = run(count: 1, limit: 0.4) { _, attempt in
            for phase in 0..<4 {
                attempt.begin(phase)
                Thread.sleep(forTimeInterval: 0.15)
            }
            return attempt.overran
        }
        XCTAssertEqual(delivered.map(\.overran), [[]])
        XCTAssertGreaterThan(ContinuousClock.now - started, .milliseconds(550), "four phases of 0.15 s ran in full")
    }

    func testAnItemWhosePhaseRunsOverIsTriedAgainKnowingWhichPhaseWithoutWaitingForIt() {
        let started = ContinuousClock.now
        let delivered = run(count: 1, limit: 0.1) { _, attempt in
            attempt.begin(0)
            attempt.begin(1)
            if !attempt.overran.contains(1) { Thread.sleep(forTimeInterval: 2) }
            return attempt.overran
        }
        XCTAssertEqual(delivered.map(\.overran), [[1]])
        XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(1500), "the caller waited for work it had given up on")
        XCTAssertGreaterThanOrEqual(PageWatchdog.abandonedRunning, 1, "the abandoned attempt is still running")
    }

    func testAnAbandonedAttemptsResultIsDroppedAndTheOtherItemsAreDeliveredInOrder() {
        let attempts = LockedBox<[Int: Int]>([:])
        let delivered = run(count: 12, jobs: 2, limit: 0.15) { index, attempt in
            attempts.withLock { $0[index, default: 0] += 1 }
            // Item 5 keeps the run going (outside any phase, so unlimited) until item 3's first
            // attempt has ended, after it was abandoned: its result must not be delivered.
            if index == 5 { Thread.sleep(forTimeInterval: 0.6) }
            attempt.begin(0)
            if index == 3 && attempt.overran.isEmpty { Thread.sleep(forTimeInterval: 0.4) }
            return attempt.overran
        }
        XCTAssertEqual(delivered.map(\.index), Array(0..<12))
        XCTAssertEqual(delivered.map(\.overran), (0..<12).map { $0 == 3 ? [0] : [] })
        XCTAssertEqual(attempts.withLock { $0 }, Dictionary(uniqueKeysWithValues: (0..<12).map { ($0, $0 == 3 ? 2 : 1) }))
    }

    func testTimeOutsideAnyPhaseIsNotLimited() {
        let delivered = run(count: 2, limit: 0.05) { _, attempt in
            Thread.sleep(forTimeInterval: 0.2)
            attempt.begin(0)
            return attempt.overran
        }
        XCTAssertEqual(delivered.map(\.overran), [[], []])
    }
}
