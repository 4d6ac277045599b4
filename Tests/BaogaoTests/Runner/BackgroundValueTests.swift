import Foundation
import XCTest
@testable import Baogao

final class BackgroundValueTests: XCTestCase {
    func testTheValueIsComputedOnAnotherThreadAndWaitedFor() {
        let caller = pthread_self()
        let started = ContinuousClock.now
        let background = BackgroundValue { () -> Bool in
            Thread.sleep(forTimeInterval: 0.2)
            return pthread_equal(pthread_self(), caller) == 0
        }
        XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(150), "the caller went on")
        XCTAssertTrue(background.value, "computed on another thread")
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(200), "the value was waited for")
        XCTAssertTrue(background.value, "and can be read again")
    }
}
