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
        XCTAssertEqual(try version(database), "3")
        try database.write { try $0.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'schema_version'") }
        try database.close()

        XCTAssertEqual(try StateStore(path: path).recordCount(), 1)
        database = try DatabaseQueue(path: path)
        XCTAssertEqual(try version(database), "3")
        try database.write { try $0.execute(sql: "UPDATE meta SET value = '4' WHERE key = 'schema_version'") }
        try database.close()
        XCTAssertThrowsError(try StateStore(path: path)) { error in
            XCTAssertTrue("\(error)".contains("state schema version 4 is not 3"), "\(error)")
            XCTAssertTrue("\(error)".contains(path), "\(error)")
        }
    }

    // MARK: Record lines in the line store

    private func lines(of store: StateStore) throws -> [String: String] {
        var lines: [String: String] = [:]
        try store.forEachRecord { id, line in lines[id] = String(decoding: line, as: UTF8.self) }
        return lines
    }

    private func saveLines(_ lines: [String: String], to store: StateStore, run: Int64 = 1) throws {
        try store.save(lines.sorted { $0.key < $1.key }.map {
            ReportResult(id: $0.key, line: Array($0.value.utf8), pages: [page("\($0.key).html", $0.key)], key: "k")
        }, fingerprint: "f", run: run)
    }

    func testRecordLinesAreKeptInTheLineStoreNotInTheDatabase() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        let store = try StateStore(path: path)
        try saveLines(["a": "{\"id\":\"a\"}\n", "b": "{\"id\":\"b\",\"t\":\"政府\"}\n"], to: store)
        XCTAssertEqual(store.linesPath, path + ".lines")
        let file = try String(contentsOfFile: store.linesPath, encoding: .utf8)
        XCTAssertTrue(file.contains("{\"id\":\"b\",\"t\":\"政府\"}\n"), file)
        let database = try DatabaseQueue(path: path)
        XCTAssertEqual(try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM reports WHERE line IS NOT NULL") }, 0)
        try database.close()
        XCTAssertEqual(try lines(of: StateStore(path: path)), ["a": "{\"id\":\"a\"}\n", "b": "{\"id\":\"b\",\"t\":\"政府\"}\n"])
    }

    func testAnUnchangedRecordAppendsNothing() throws {
        let folder = try TemporaryDirectory()
        let store = try StateStore(path: folder.path + "/s.sqlite")
        try saveLines(["a": "x\n"], to: store, run: 1)
        let size = try FileManager.default.attributesOfItem(atPath: store.linesPath)[.size] as? Int
        try saveLines(["a": "x\n"], to: store, run: 2)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: store.linesPath)[.size] as? Int, size)
        try saveLines(["a": "y\n"], to: store, run: 3)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: store.linesPath)[.size] as? Int, size.map { $0 + 2 })
        XCTAssertEqual(try lines(of: store), ["a": "y\n"])
    }

    /// A state whose line store is gone keeps its pages but forgets its records: their reports
    /// lose their keys, so the next run processes them again.
    func testAMissingLineStoreMakesItsReportsBeProcessedAgain() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        do { try saveLines(["a": "x\n", "b": "y\n"], to: StateStore(path: path)) }
        try FileManager.default.removeItem(atPath: path + ".lines")
        let store = try StateStore(path: path)
        XCTAssertEqual(try store.recordCount(), 0)
        XCTAssertEqual(try store.reports()["a"]?.key, "")
        XCTAssertEqual(try store.pages().count, 2)
        try saveLines(["a": "x\n"], to: store, run: 2)
        XCTAssertEqual(try lines(of: store), ["a": "x\n"])
    }

    func testALineStoreOfAnotherStateIsNotRead() throws {
        let folder = try TemporaryDirectory()
        do { try saveLines(["a": "x\n"], to: StateStore(path: folder.path + "/one.sqlite")) }
        do { try saveLines(["a": "y\n"], to: StateStore(path: folder.path + "/two.sqlite")) }
        try FileManager.default.removeItem(atPath: folder.path + "/one.sqlite.lines")
        try FileManager.default.copyItem(atPath: folder.path + "/two.sqlite.lines", toPath: folder.path + "/one.sqlite.lines")
        XCTAssertEqual(try lines(of: StateStore(path: folder.path + "/one.sqlite")), [:])
    }

    /// A line that does not match its hash (a line store that lost pages in a system crash) is
    /// left out of the outputs, and its report is processed again by the next run. Lines the
    /// process itself appended are not hashed again: no crash can have come between.
    func testADamagedLineIsLeftOutAndItsReportForgotten() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        do {
            let store = try StateStore(path: path)
            let run = try store.beginRun(started: "t1")
            try saveLines(["a": "{\"id\":\"a\"}\n", "b": "{\"id\":\"b\"}\n"], to: store, run: run)
            let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: store.linesPath))
            try handle.seek(toOffset: UInt64(LineStore.headerSize) + 3)
            try handle.write(contentsOf: Data("X".utf8))
            try handle.close()
            var rows: [String] = []
            XCTAssertEqual(try store.forEachOutputRow(since: 0) { rows.append($0.id) }, [], "read by the process that wrote it")
            XCTAssertEqual(rows, ["a", "b"])
        }

        let store = try StateStore(path: path)
        var rows: [String] = []
        let lost = try store.forEachOutputRow(since: 0) { rows.append($0.id) }
        XCTAssertEqual(rows, ["b"])
        XCTAssertEqual(lost, ["a"])
        XCTAssertEqual(try store.reports()["a"]?.key, "", "the next run processes it again")
        XCTAssertEqual(try store.reports()["a"]?.hasRecord, false)
        XCTAssertEqual(try store.reports()["b"]?.key, "k")
    }

    func testCompactionKeepsOnlyTheLiveLinesAndTheyReadTheSame() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        let store = try StateStore(path: path)
        for version in 1...5 {
            try saveLines(["a": "{\"v\":\(version),\"pad\":\"\(String(repeating: "报", count: 100))\"}\n", "b": "b\n"],
                          to: store, run: Int64(version))
        }
        let before = try lines(of: store)
        XCTAssertFalse(try store.compactLinesIfWasteful(), "the default slack leaves a small store alone")
        let size = { try FileManager.default.attributesOfItem(atPath: store.linesPath)[.size] as? Int ?? 0 }
        let grown = try size()
        XCTAssertTrue(try store.compactLinesIfWasteful(slack: 0))
        XCTAssertLessThan(try size(), grown / 4)
        XCTAssertEqual(try size(), LineStore.headerSize + before.values.reduce(0) { $0 + $1.utf8.count })
        XCTAssertEqual(try lines(of: store), before)
        XCTAssertEqual(try lines(of: StateStore(path: path)), before, "and after reopening")
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.linesPath + ".compacting"))
        XCTAssertFalse(try store.compactLinesIfWasteful(slack: 0), "nothing is dead any more")
    }

    /// The compacted file is renamed into place after the database names it: a process stopped
    /// in between leaves the new file under `.compacting`, and opening the state finishes the job.
    func testACompactionStoppedBeforeItsRenameIsFinishedOnOpening() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        do { try saveLines(["a": "x\n", "b": "y\n"], to: StateStore(path: path)) }
        // What the compaction would have left: the same lines under a new identity, named by the database.
        var copy = try XCTUnwrap(FileManager.default.contents(atPath: path + ".lines"))
        copy.replaceSubrange(0..<LineStore.headerSize, with: LineStore.header(0x5EED))
        try copy.write(to: URL(fileURLWithPath: path + ".lines.compacting"))
        let database = try DatabaseQueue(path: path)
        try database.write { try $0.execute(sql: "UPDATE meta SET value = '5eed' WHERE key = 'lines_id'") }
        try database.close()

        XCTAssertEqual(try lines(of: StateStore(path: path)), ["a": "x\n", "b": "y\n"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".lines.compacting"))
        XCTAssertEqual(FileManager.default.contents(atPath: path + ".lines")?.prefix(LineStore.headerSize), Data(LineStore.header(0x5EED)))
    }

    func testACompactionStoppedBeforeItsCommitIsDiscarded() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        do { try saveLines(["a": "x\n"], to: StateStore(path: path)) }
        _ = try LineStore.created(path: path + ".lines.compacting", identity: 0x5EED).append(Array("half".utf8))
        XCTAssertEqual(try lines(of: StateStore(path: path)), ["a": "x\n"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".lines.compacting"))
    }

    /// A version 2 state held its record lines in the database: they are read from there until
    /// their records change.
    func testAVersion2StateKeepsItsLinesInTheDatabaseUntilTheyChange() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.sqlite"
        var database: DatabaseQueue? = try DatabaseQueue(path: path)
        try database!.write { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE pages (
                    path TEXT PRIMARY KEY, report_id TEXT NOT NULL, size INTEGER NOT NULL, modified INTEGER NOT NULL,
                    hash INTEGER, stage TEXT, reason TEXT, message TEXT);
                CREATE TABLE reports (
                    id TEXT PRIMARY KEY, key TEXT NOT NULL, fingerprint TEXT NOT NULL, line BLOB, entities BLOB,
                    line_hash INTEGER, changed_run INTEGER NOT NULL);
                CREATE TABLE tombstones (id TEXT NOT NULL, run INTEGER NOT NULL, PRIMARY KEY (id, run));
                CREATE TABLE runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL, summary TEXT);
                INSERT INTO meta VALUES ('schema_version', '2'), ('line_hash', 'xxh64');
                """)
            for (id, line) in [("a", "x\n"), ("b", "y\n")] {
                try db.execute(sql: "INSERT INTO reports VALUES (?, 'k', 'f', ?, NULL, ?, 1)",
                               arguments: [id, Data(line.utf8), Int64(bitPattern: XXHash64.of(Array(line.utf8)))])
            }
        }
        try database!.close()
        database = nil

        let store = try StateStore(path: path)
        XCTAssertEqual(try store.recordCount(), 2)
        XCTAssertEqual(try lines(of: store), ["a": "x\n", "b": "y\n"])
        try saveLines(["a": "x\n", "b": "z\n"], to: store, run: 2)
        XCTAssertEqual(try lines(of: store), ["a": "x\n", "b": "z\n"])
        var changed: [String] = []
        try store.forEachOutputRow(since: 1) { if $0.change != .none { changed.append($0.id) } }
        XCTAssertEqual(changed, ["b"], "an identical record read from the old column is not a change")
        let upgraded = try DatabaseQueue(path: path)
        XCTAssertEqual(try upgraded.read { try String.fetchAll($0, sql: "SELECT id FROM reports WHERE line IS NOT NULL") }, ["a"])

        // A compaction (forced here by a negative slack) moves the rest to the line store.
        XCTAssertTrue(try store.compactLinesIfWasteful(slack: -(1 << 20)))
        XCTAssertEqual(try upgraded.read { try String.fetchAll($0, sql: "SELECT id FROM reports WHERE line IS NOT NULL") }, [])
        try upgraded.close()
        XCTAssertEqual(try lines(of: StateStore(path: path)), ["a": "x\n", "b": "z\n"])
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
