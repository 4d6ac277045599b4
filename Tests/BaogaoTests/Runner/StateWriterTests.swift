import Foundation
import GRDB
import XCTest
@testable import Baogao

final class StateWriterTests: XCTestCase {
    private func result(_ id: String, _ line: String) -> ReportResult {
        ReportResult(
            id: id, line: Array(line.utf8),
            pages: [PageState(path: id + ".html", reportID: id, size: 1, modified: 2, hash: 3, failure: nil)], key: "k")
    }

    private func lines(in store: StateStore) throws -> [String: String] {
        var lines: [String: String] = [:]
        try store.forEachRecord { id, line in lines[id] = String(decoding: line, as: UTF8.self) }
        return lines
    }

    func testBatchesAreSavedInTheOrderGivenByTheTimeFinishReturns() throws {
        let folder = try TemporaryDirectory()
        let store = try StateStore(path: folder.path + "/s.sqlite")
        let writer = StateWriter(store: store, fingerprint: "f", run: try store.beginRun(started: "t"))
        for round in 0..<20 {
            writer.save([result("a", "a\(round)\n"), result("b\(round)", "b\n")], touched: [])
        }
        try writer.finish()
        let saved = try lines(in: store)
        XCTAssertEqual(saved["a"], "a19\n", "a later batch must overwrite an earlier one")
        XCTAssertEqual(saved.count, 21)
    }

    func testTouchedPagesAreSavedWithTheirBatch() throws {
        let folder = try TemporaryDirectory()
        let store = try StateStore(path: folder.path + "/s.sqlite")
        let writer = StateWriter(store: store, fingerprint: "f", run: try store.beginRun(started: "t"))
        writer.save([result("a", "a\n")], touched: [])
        writer.save([], touched: [PageState(path: "a.html", reportID: "a", size: 7, modified: 8, hash: 3, failure: nil)])
        try writer.finish()
        XCTAssertEqual(try store.pages()["a.html"]?.size, 7)
    }

    func testFinishThrowsTheSaveErrorNamingTheStateFile() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        let store = try StateStore(path: path)
        let writer = StateWriter(store: store, fingerprint: "f", run: try store.beginRun(started: "t"))
        writer.save([result("a", "a\n")], touched: [])
        try writer.finish()
        // Another connection takes the pages table away: the next save fails in SQLite.
        try DatabaseQueue(path: path).write { try $0.execute(sql: "DROP TABLE pages") }
        writer.save([result("b", "b\n")], touched: [])
        writer.save([result("c", "c\n")], touched: [])
        XCTAssertThrowsError(try writer.finish()) { error in
            XCTAssertTrue(error is StateError, "\(error)")
            XCTAssertTrue("\(error)".contains("s.sqlite"), "the error names the state file: \(error)")
        }
        XCTAssertEqual(try lines(in: store).keys.sorted(), ["a"])
    }
}
