import Foundation
import GRDB
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
            ReportResult(id: "b", line: Array("{\"id\":\"b\"}\n".utf8), pages: [page("b.html", "b")], key: "kb"),
            ReportResult(id: "a", line: Array("{\"id\":\"a\"}\n".utf8), pages: [page("a.html", "a", failure: "empty_file")], key: "ka"),
        ], fingerprint: "f", run: run)
        var ids: [String] = []
        try store.forEachRecord { id, _ in ids.append(id) }
        XCTAssertEqual(ids, ["a", "b"])
        XCTAssertEqual(try store.pages()["b.html"]?.hash, 1)
        XCTAssertEqual(try store.failures().map(\.reason), ["empty_file"])
        XCTAssertEqual(try store.reports()["a"]?.key, "ka")
    }

    func testAnIdenticalRecordIsNotAChange() throws {
        let folder = try TemporaryDirectory()
        let store = try StateStore(path: folder.path + "/s.sqlite")
        let first = try store.beginRun(started: "t1")
        let result = ReportResult(id: "a", line: Array("x\n".utf8), pages: [page("a.html", "a")], key: "k")
        try store.save([result], fingerprint: "f", run: first)
        try store.finishRun(first, finished: "t1", status: "complete", summary: "{}")
        let second = try store.beginRun(started: "t2")
        try store.save([result], fingerprint: "f", run: second)
        var changes = 0
        try store.forEachOutputRow(since: first) { if $0.change != .none { changes += 1 } }
        XCTAssertEqual(changes, 0)
    }

    func testOutputRowsMergeReportsAndTombstonesInIDOrderWithWhatChanged() throws {
        let folder = try TemporaryDirectory()
        let store = try StateStore(path: folder.path + "/s.sqlite")
        let first = try store.beginRun(started: "t1")
        let line = { (id: String) in Array("{\"id\":\"\(id)\"}\n".utf8) }
        try store.save(["kept", "gone", "failing", "edited"].map {
            ReportResult(id: $0, line: line($0), pages: [page("\($0).html", $0)], key: "k")
        }, fingerprint: "f", run: first)
        try store.finishRun(first, finished: "t1", status: "complete", summary: "{}")

        let second = try store.beginRun(started: "t2")
        try store.save([
            ReportResult(id: "failing", line: nil, pages: [page("failing.html", "failing", failure: "binary_data")], key: "k"),
            ReportResult(id: "edited", line: Array("{\"id\":\"edited\",\"v\":2}\n".utf8), pages: [page("edited.html", "edited")], key: "k2"),
            ReportResult(id: "new", line: line("new"), pages: [page("new.html", "new")], key: "k"),
        ], fingerprint: "f", run: second)
        try store.delete(reports: ["gone"], run: second)

        var rows: [(id: String, line: String?, change: OutputRow.Change)] = []
        try store.forEachOutputRow(since: first) { row in
            rows.append((row.id, row.line.map { String(decoding: $0, as: UTF8.self) }, row.change))
        }
        XCTAssertEqual(rows.map(\.id), ["edited", "failing", "gone", "kept", "new"])
        XCTAssertEqual(rows.map(\.change), [.record, .tombstone, .tombstone, .none, .record])
        XCTAssertEqual(rows.map(\.line), [#"{"id":"edited","v":2}"# + "\n", nil, nil, #"{"id":"kept"}"# + "\n", #"{"id":"new"}"# + "\n"])
    }

    func testANewStateHashesRecordsWithXXH64() throws {
        let folder = try TemporaryDirectory()
        XCTAssertEqual(try StateStore(path: folder.path + "/s.sqlite").lineHashing, .xxh64)
        XCTAssertEqual(try StateStore(path: folder.path + "/s.sqlite").lineHashing, .xxh64, "the choice is kept on reopening")
    }

    /// A state from before the line hash was recorded holds FNV-1a line hashes: it keeps FNV-1a,
    /// so its identical records are not changes.
    func testAStateWithFNVLineHashesKeepsThem() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        let line = Array("{\"id\":\"a\"}\n".utf8)
        let result = ReportResult(id: "a", line: line, pages: [page("a.html", "a")], key: "k")
        let first: Int64
        do {
            let store = try StateStore(path: path)
            first = try store.beginRun(started: "t1")
            try store.save([result], fingerprint: "f", run: first)
            try store.finishRun(first, finished: "t1", status: "complete", summary: "{}")
        }
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: "DELETE FROM meta WHERE key = 'line_hash'")
            try db.execute(sql: "UPDATE reports SET line_hash = ?", arguments: [Int64(bitPattern: ContentHash.of(line))])
        }
        try database.close()
        let store = try StateStore(path: path)
        XCTAssertEqual(store.lineHashing, .fnv1a)
        try store.save([result], fingerprint: "f", run: try store.beginRun(started: "t2"))
        var changes = 0
        try store.forEachOutputRow(since: first) { if $0.change != .none { changes += 1 } }
        XCTAssertEqual(changes, 0)
    }

    func testEntityLinesAreNotStoredAndThoseOfAnOldStateAreIgnoredThenCleared() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        let record = ReportRecord(
            id: "r", sources: ["r.html"], title: "标题", text: "增长6.5%。", headings: [], metadata: ReportMetadata(reportYear: 2023),
            entities: [Entity(type: .percent, surface: "6.5%", start: 2, value: .number(6.5))], encoding: "utf-8", warnings: [])
        let encoded = RecordEncoder().run(record)
        let result = ReportResult(id: "r", line: encoded.line, pages: [page("r.html", "r")], key: "k")
        let store = try StateStore(path: path)
        let first = try store.beginRun(started: "t1")
        try store.save([result], fingerprint: "f", run: first)
        try store.finishRun(first, finished: "t1", status: "complete", summary: "{}")
        let entities = { (database: DatabaseQueue) in try database.read { try Data.fetchOne($0, sql: "SELECT entities FROM reports") } }
        var database = try DatabaseQueue(path: path)
        XCTAssertNil(try entities(database))

        // A state from before: entity lines stored beside the record (here stale ones).
        try database.write { try $0.execute(sql: "UPDATE reports SET entities = ?", arguments: [Data("{\"stale\":1}\n".utf8)]) }
        try database.close()
        let files = OutputFiles(records: folder.path + "/r.jsonl", entities: folder.path + "/e.jsonl")
        _ = try OutputWriter.write(from: store, to: files, scanFailures: [], since: first, runLabel: "t2")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: files.entities!)), Data(encoded.entityLines))
        XCTAssertEqual(String(decoding: encoded.entityLines, as: UTF8.self),
                       #"{"report_id":"r","report_year":2023,"region_code":null,"type":"percent","surface":"6.5%","start":2,"value":6.5}"# + "\n")

        try store.save([result], fingerprint: "f", run: try store.beginRun(started: "t2"))
        database = try DatabaseQueue(path: path)
        XCTAssertNil(try entities(database))
    }

    func testAVersion1StateIsUpgradedAndAnUnknownVersionIsRefused() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        let store = try StateStore(path: path)
        try store.save([ReportResult(id: "a", line: Array("{\"id\":\"a\"}\n".utf8), pages: [page("a.html", "a")], key: "k")],
                       fingerprint: "f", run: try store.beginRun(started: "t1"))
        let version = { (database: DatabaseQueue) in
            try database.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'schema_version'") }
        }
        var database = try DatabaseQueue(path: path)
        XCTAssertEqual(try version(database), "2")
        try database.write { try $0.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'schema_version'") }
        try database.close()

        XCTAssertEqual(try StateStore(path: path).recordCount(), 1)
        database = try DatabaseQueue(path: path)
        XCTAssertEqual(try version(database), "2")
        try database.write { try $0.execute(sql: "UPDATE meta SET value = '3' WHERE key = 'schema_version'") }
        try database.close()
        XCTAssertThrowsError(try StateStore(path: path)) { error in
            XCTAssertTrue("\(error)".contains("state schema version 3 is not 2"), "\(error)")
            XCTAssertTrue("\(error)".contains(path), "\(error)")
        }
    }

    func testANewStateUsesPagesOf64KiB() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        try StateStore(path: path).save([ReportResult(id: "a", line: Array("x\n".utf8), pages: [], key: "k")],
                                        fingerprint: "f", run: 1)
        let header = try XCTUnwrap(FileManager.default.contents(atPath: path))
        // Bytes 16–17 of an SQLite file hold the page size, big-endian; 1 stands for 65536.
        XCTAssertEqual(Array(header[16..<18]), [0x00, 0x01])
    }

    func testStateSurvivesReopening() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        do {
            let store = try StateStore(path: path)
            try store.save([ReportResult(id: "a", line: Array("x\n".utf8), pages: [page("a.html", "a")], key: "k")],
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
