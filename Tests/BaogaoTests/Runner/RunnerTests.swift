
import XCTest
@testable import Baogao

final class RunnerTests: XCTestCase {
    func testResultsAreDeliveredInIndexOrderWhateverTheJobs() {
        for jobs in [1, 2, 7] {
            let delivered = LockedBox<[Int]>([])
            let count = Runner(jobs: jobs).run(count: 200, work: { index, _ in
                if index % 13 == 0 { usleep(2_000) }
                return index * 10
            }, deliver: { index, value in
                XCTAssertEqual(value, index * 10)
                delivered.withLock { $0.append(index) }
            })
            XCTAssertEqual(count, 200)
            XCTAssertEqual(delivered.withLock { $0 }, Array(0..<200))
        }
    }

    func testInFlightWorkStaysWithinTheWindow() {
        let inFlight = LockedBox<(now: Int, peak: Int, delivered: Int)>((0, 0, 0))
        Runner(jobs: 4, window: 6).run(count: 300, work: { index, _ in
            inFlight.withLock { state in
                state.now += 1
                state.peak = max(state.peak, state.now - state.delivered)
            }
            if index == 5 { usleep(20_000) }
            return index
        }, deliver: { _, _ in
            inFlight.withLock { $0.delivered += 1 }
        })
        XCTAssertLessThanOrEqual(inFlight.withLock { $0.peak }, 6)
    }

    func testAStopFlagStopsTakingNewWork() {
        let stop = StopFlag()
        stop.stop(signal: 15)
        let delivered = Runner(jobs: 2).run(count: 50, stop: stop, work: { index, _ in index }, deliver: { _, _ in })
        XCTAssertEqual(delivered, 0)
    }
}
