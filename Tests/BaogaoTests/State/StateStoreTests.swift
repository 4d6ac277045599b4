import XCTest
@testable import Baogao

final class StateStoreTests: XCTestCase {
    private func page(_ path: String, _ report: String, hash: UInt64 = 1, failure: String? = nil) -> PageState {
        PageState(path: path, reportID: report, size: 10, modified: 20, hash: hash,
                  failure: failure.map { PageFailure(source: path, reportID: report, stage: "decode", reason: $0, message: "m") })
    }

    func testSavedReportsComeBackInIDOrderWithTheirPages() throws {
        let folder = try TemporaryDirectory()
        let store = try StateStore(path: folder.path + "/s.sqlite")
        let run = try store.beginRun(started: "t")
        try store.save([
            ReportResult(id: "b", line: Array("{\"id\":\"b\"}\n".utf8), entityLines: [], pages: [page("b.html", "b")], key: "kb"),
            ReportResult(id: "a", line: Array("{\"id\":\"a\"}\n".utf8), entityLines: [], pages: [page("a.html", "a", failure: "empty_file")], key: "ka"),
        ], fingerprint: "f", run: run)
        var ids: [String] = []
        try store.forEachRecord { id, _, _ in ids.append(id) }
        XCTAssertEqual(ids, ["a", "b"])
        XCTAssertEqual(try store.pages()["b.html"]?.hash, 1)
        XCTAssertEqual(try store.failures().map(\.reason), ["empty_file"])
        XCTAssertEqual(try store.reports()["a"]?.key, "ka")
    }

    func testAnIdenticalRecordIsNotAChange() throws {
        let folder = try TemporaryDirectory()
        let store = try StateStore(path: folder.path + "/s.sqlite")
        let first = try store.beginRun(started: "t1")
        let result = ReportResult(id: "a", line: Array("x\n".utf8), entityLines: [], pages: [page("a.html", "a")], key: "k")
        try store.save([result], fingerprint: "f", run: first)
        try store.finishRun(first, finished: "t1", status: "complete", summary: "{}")
        let second = try store.beginRun(started: "t2")
        try store.save([result], fingerprint: "f", run: second)
        var changes = 0
        try store.forEachChange(since: first) { _, _ in changes += 1 }
        XCTAssertEqual(changes, 0)
    }

    func testStateSurvivesReopening() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        do {
            let store = try StateStore(path: path)
            try store.save([ReportResult(id: "a", line: Array("x\n".utf8), entityLines: [], pages: [page("a.html", "a")], key: "k")],
                           fingerprint: "f", run: try store.beginRun(started: "t"))
        }
        XCTAssertEqual(try StateStore(path: path).recordCount(), 1)
    }

    func testAFileThatIsNotADatabaseIsAClearError() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("s.sqlite", String(repeating: "not a database ", count: 100))
        XCTAssertThrowsError(try StateStore(path: file.path)) { error in
            XCTAssertTrue("\(error)".contains(file.path), "\(error)")
        }
    }
}
