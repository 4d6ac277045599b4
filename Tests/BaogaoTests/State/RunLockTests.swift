import XCTest
@testable import Baogao

final class RunLockTests: XCTestCase {
    func testSecondLockIsRefusedNamingTheHolder() throws {
        let folder = try TemporaryDirectory()
        let first = try RunLock(path: folder.path + "/l", started: "2026-11-29T22:00:00Z")
        XCTAssertThrowsError(try RunLock(path: folder.path + "/l", started: "later")) { error in
            let held = error as? RunLock.Held
            XCTAssertEqual(held?.holder, "pid \(getpid()) started 2026-11-29T22:00:00Z")
        }
        first.release()
        let second = try RunLock(path: folder.path + "/l", started: "later")
        XCTAssertNil(second.takenOverFrom, "a clean release leaves nothing to take over")
        second.release()
    }

    func testALockLeftBehindIsTakenOverAndReported() throws {
        let folder = try TemporaryDirectory()
        try folder.write("l", "pid 99999 started 2026-01-01T00:00:00Z\n")
        let lock = try RunLock(path: folder.path + "/l", started: "now")
        XCTAssertEqual(lock.takenOverFrom, "pid 99999 started 2026-01-01T00:00:00Z")
        lock.release()
    }
}
