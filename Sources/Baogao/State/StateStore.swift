import Foundation
import GRDB

/// The incremental state of one output: pages, reports with their records, runs and tombstones,
/// in an embedded SQLite database (GRDB).
///
/// The database is the source of truth for the outputs: every run writes the snapshot, the
/// entities file and the errors file from it, so a run killed at any moment leaves a state from
/// which the next run produces exactly what an uninterrupted run would have. Each batch of
/// processed reports is one transaction.
public final class StateStore: Sendable {
    /// The database file.
    public let path: String
    private let database: DatabaseQueue

    /// The version of the tables below; a store of another version is rebuilt. Version 2 stores
    /// no entity lines (the entities file is read from the records). A version 1 store is
    /// upgraded in place, its entity lines ignored; a binary that knows only version 1 refuses a
    /// version 2 store rather than write an entities file without the entities of new reports.
    static let schemaVersion = "2"
    /// The versions upgraded in place to ``schemaVersion``.
    static let upgradableVersions: Set<String> = ["1"]

    /// How record lines are hashed (`line_hash`, compared across runs to tell changed records).
    /// A state records its choice when created: XXH64 (``XXHash64``) for new states; states from
    /// before the choice was recorded hashed with FNV-1a (``ContentHash``) and keep it, so no
    /// record of theirs looks changed because of the hash.
    enum LineHashing: String {
        case fnv1a, xxh64

        func hash(_ line: [UInt8]) -> UInt64 {
            switch self {
            case .fnv1a: return line.withUnsafeBufferPointer { ContentHash.of($0) }
            case .xxh64: return XXHash64.of(line)
            }
        }
    }

    /// This state's line hash.
    let lineHashing: LineHashing

    /// Opens (creating if needed) the state database.
    ///
    /// - Throws: ``StateError`` naming the file when it cannot be opened or is not a baogao state.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Pages of 64 KiB for a new database (an existing one keeps its size): a record line is
            // tens of KB, and with 4 KiB pages its overflow chain cost SQLite and the kernel
            // (WAL writes, checkpoint copies) about twice as much per byte.
            try db.execute(sql: "PRAGMA page_size = 65536")
            // A page cache of 2 MiB whatever the page size: records are written once and read
            // once, so a bigger cache buys nothing; without this setting, with 64 KiB pages, peak
            // RSS on the benchmark was about 30 MB higher (83 → 52 MB, no slower: A/B 0.95).
            try db.execute(sql: "PRAGMA cache_size = -2048")
            // Checkpoints every 128 pages (8 MiB) of WAL, not SQLite's 1,000 (64 MiB with these
            // pages): a bulk run's 59 MB of record lines were checkpointed in one go at its end,
            // two fdatasyncs of 35 and 23 ms and the WAL's unlink (15 ms) after every page was
            // done; spread over the run they overlap other work (`--jobs 2` took 0.95 of the time,
            // median of seven interleaved runs; the syncs' total is the same).
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 128")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            _ = try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            lineHashing = try Self.migrate(database, path: path)
        } catch let error as DatabaseError {
            throw StateError(path: path, problem: "cannot open the state database: \(error.message ?? "\(error)")")
        }
    }

    /// Creates the tables if needed, checks the schema version and returns the line hash.
    private static func migrate(_ database: DatabaseQueue, path: String) throws -> LineHashing {
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS pages (
                    path TEXT PRIMARY KEY, report_id TEXT NOT NULL, size INTEGER NOT NULL, modified INTEGER NOT NULL,
                    hash INTEGER, stage TEXT, reason TEXT, message TEXT);
                CREATE INDEX IF NOT EXISTS pages_by_report ON pages(report_id);
                CREATE TABLE IF NOT EXISTS reports (
                    id TEXT PRIMARY KEY, key TEXT NOT NULL, fingerprint TEXT NOT NULL, line BLOB, entities BLOB,
                    line_hash INTEGER, changed_run INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS tombstones (id TEXT NOT NULL, run INTEGER NOT NULL, PRIMARY KEY (id, run));
                CREATE TABLE IF NOT EXISTS runs (
                    id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL, summary TEXT);
                """)
            let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
            if version == nil {
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('schema_version', ?)", arguments: [Self.schemaVersion])
            } else if let version, Self.upgradableVersions.contains(version) {
                try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'schema_version'", arguments: [Self.schemaVersion])
            } else if version != Self.schemaVersion {
                throw StateError(path: path, problem: "state schema version \(version!) is not \(Self.schemaVersion); remove the file to rebuild it")
            }
            if let recorded = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'line_hash'") {
                guard let hashing = LineHashing(rawValue: recorded) else {
                    throw StateError(path: path, problem: "unknown line hash '\(recorded)' in the state; remove the file to rebuild it")
                }
                return hashing
            }
            let hashing: LineHashing = version == nil ? .xxh64 : .fnv1a
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('line_hash', ?)", arguments: [hashing.rawValue])
            return hashing
        }
    }

    // MARK: Runs

    /// Starts a run and returns its number.
    public func beginRun(started: String) throws -> Int64 {
        try write { db in
            try db.execute(sql: "INSERT INTO runs (started, status) VALUES (?, 'running')", arguments: [started])
            return db.lastInsertedRowID
        }
    }

    /// Marks a run finished with its status (`complete`, `interrupted`) and summary.
    public func finishRun(_ run: Int64, finished: String, status: String, summary: String) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE runs SET finished = ?, status = ?, summary = ? WHERE id = ?",
                arguments: [finished, status, summary, run])
        }
    }

    /// The newest run that completed, or 0 when none did.
    public func lastCompletedRun() throws -> Int64 {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM runs WHERE status = 'complete'") ?? 0
        }
    }

    // MARK: Pages and reports

    /// Every page the store knows, by path.
    public func pages() throws -> [String: PageState] {
        try read { db in
            var pages: [String: PageState] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, report_id, size, modified, hash, stage, reason, message FROM pages")
            while let row = try rows.next() {
                let path: String = row[0]
                let reportID: String = row[1]
                let hash: Int64? = row[4]
                let reason: String? = row[6]
                let failure = reason.map {
                    PageFailure(source: path, reportID: reportID, stage: row[5] ?? "", reason: $0, message: row[7] ?? "")
                }
                pages[path] = PageState(
                    path: path, reportID: reportID, size: row[2], modified: row[3], hash: hash.map { UInt64(bitPattern: $0) },
                    failure: failure)
            }
            return pages
        }
    }

    /// Every report the store knows, by id.
    public func reports() throws -> [String: StoredReport] {
        try read { db in
            var reports: [String: StoredReport] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, key, fingerprint, line IS NOT NULL FROM reports")
            while let row = try rows.next() {
                let id: String = row[0]
                reports[id] = StoredReport(id: id, key: row[1], fingerprint: row[2], hasRecord: row[3])
            }
            return reports
        }
    }

    /// Saves processed reports in one transaction. A report whose record is byte-identical to the
    /// stored one keeps its `changed_run`, so it does not show up as changed.
    ///
    /// The statements are prepared once per connection (GRDB's statement cache), and the record
    /// bytes are handed to SQLite without an intermediate copy. Entity lines are not stored: the
    /// entities file is read from the records (``EntityLineEncoder``); the `entities` column of
    /// states written before that is emptied as their reports are saved again.
    public func save(_ results: [ReportResult], fingerprint: String, run: Int64) throws {
        guard !results.isEmpty else { return }
        try write { db in
            let previousStatement = try db.cachedStatement(sql: "SELECT line_hash, line IS NOT NULL FROM reports WHERE id = ?")
            let updateStatement = try db.cachedStatement(sql: "UPDATE reports SET key = ?, fingerprint = ?, entities = NULL WHERE id = ?")
            let replaceStatement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO reports (id, key, fingerprint, line, entities, line_hash, changed_run)
                VALUES (?, ?, ?, ?, NULL, ?, ?)
                """)
            let deletePagesStatement = try db.cachedStatement(sql: "DELETE FROM pages WHERE report_id = ?")
            for result in results {
                let lineHash = result.line.map { Int64(bitPattern: lineHashing.hash($0)) }
                let previous = try Row.fetchOne(previousStatement, arguments: [result.id])
                let unchanged = previous.map { row -> Bool in
                    let hash: Int64? = row[0]
                    let hadLine: Bool = row[1]
                    return hash == lineHash && hadLine == (result.line != nil)
                } ?? false
                // A report seen for the first time with no record has nothing to tell downstream.
                let changedRun = previous == nil && result.line == nil ? 0 : run
                if unchanged {
                    try Self.execute(updateStatement, [result.key, fingerprint, result.id])
                } else {
                    try Self.withBorrowedBlob(result.line) { line in
                        try Self.execute(replaceStatement, [result.id, result.key, fingerprint, line, lineHash, changedRun])
                    }
                }
                try deletePagesStatement.execute(arguments: [result.id])
                for page in result.pages { try insert(page, into: db) }
            }
        }
    }

    /// Calls `body` with a `Data` that views `bytes` without copying them (nil for nil).
    private static func withBorrowedBlob<T>(_ bytes: [UInt8]?, _ body: (Data?) throws -> T) throws -> T {
        guard let bytes, !bytes.isEmpty else { return try body(bytes.map { _ in Data() }) }
        return try bytes.withUnsafeBytes { raw in
            try body(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: raw.baseAddress!), count: raw.count, deallocator: .none))
        }
    }

    /// Runs a cached statement, then unbinds its arguments so that it keeps no view of borrowed
    /// bytes once they are gone (SQLite copies bound blobs; GRDB would keep the `Data`).
    private static func execute(_ statement: Statement, _ arguments: StatementArguments) throws {
        defer { statement.setUncheckedArguments(StatementArguments()) }
        try statement.execute(arguments: arguments)
    }

    /// Records new sizes and times of pages whose content did not change.
    public func touch(_ pages: [PageState]) throws {
        guard !pages.isEmpty else { return }
        try write { db in
            for page in pages {
                try db.execute(
                    sql: "UPDATE pages SET size = ?, modified = ? WHERE path = ?", arguments: [page.size, page.modified, page.path])
            }
        }
    }

    /// Removes reports whose pages are all gone, leaving tombstones for the changes file.
    public func delete(reports ids: [String], run: Int64) throws {
        guard !ids.isEmpty else { return }
        try write { db in
            for id in ids {
                let hadRecord = try Bool.fetchOne(db, sql: "SELECT line IS NOT NULL FROM reports WHERE id = ?", arguments: [id]) ?? false
                try db.execute(sql: "DELETE FROM reports WHERE id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM pages WHERE report_id = ?", arguments: [id])
                if hadRecord {
                    try db.execute(sql: "INSERT OR REPLACE INTO tombstones (id, run) VALUES (?, ?)", arguments: [id, run])
                }
            }
        }
    }

    private func insert(_ page: PageState, into db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO pages (path, report_id, size, modified, hash, stage, reason, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        ).execute(
            arguments: [page.path, page.reportID, page.size, page.modified, page.hash.map { Int64(bitPattern: $0) },
                        page.failure?.stage, page.failure?.reason, page.failure?.message])
    }

    // MARK: Reading the outputs

    /// Calls `body` with every record line, in id order (UTF-8 byte order). The bytes are
    /// SQLite's own: valid only during the call.
    public func forEachRecord(_ body: (_ id: String, _ line: UnsafeRawBufferPointer) throws -> Void) throws {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, line FROM reports WHERE line IS NOT NULL ORDER BY id")
            while let row = try rows.next() {
                let id: String = row[0]
                try row.withUnsafeData(atIndex: 1) { line in try Self.withBytes(line) { try body(id, $0) } }
            }
        }
    }

    /// Calls `body` with the bytes of `data`, or no bytes for nil.
    private static func withBytes<T>(_ data: Data?, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        guard let data else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try data.withUnsafeBytes(body)
    }

    /// The failed pages, sorted by path.
    public func failures() throws -> [PageFailure] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT path, report_id, stage, reason, message FROM pages WHERE reason IS NOT NULL ORDER BY path")
                .map { PageFailure(source: $0[0], reportID: $0[1], stage: $0[2] ?? "", reason: $0[3], message: $0[4] ?? "") }
        }
    }

    /// Calls `body` with every report and every tombstone newer than run `since`, in id order
    /// (UTF-8 byte order), in one pass over the reports: the snapshot, the entities file and the
    /// changes file are all written from it, so each record line is read from the database once.
    ///
    /// A report changed after `since` is a ``OutputRow/Change/record`` change, or a tombstone when
    /// it has no record; a tombstone newer than `since` stands unless its id has a changed record.
    public func forEachOutputRow(since: Int64, _ body: (OutputRow) throws -> Void) throws {
        try read { db in
            let tombstones = try String.fetchAll(db, sql: "SELECT DISTINCT id FROM tombstones WHERE run > ? ORDER BY id", arguments: [since])
            var nextTombstone = 0
            func emitTombstones(before id: String?) throws -> Bool {
                while nextTombstone < tombstones.count {
                    let tombstone = tombstones[nextTombstone]
                    if let id, !tombstone.utf8.lexicographicallyPrecedes(id.utf8) {
                        guard tombstone.utf8.elementsEqual(id.utf8) else { return false }
                        nextTombstone += 1
                        return true
                    }
                    nextTombstone += 1
                    try body(OutputRow(id: tombstone, line: nil, change: .tombstone))
                }
                return false
            }
            let rows = try Row.fetchCursor(db, sql: "SELECT id, changed_run, line FROM reports ORDER BY id")
            while let row = try rows.next() {
                let id: String = row[0]
                let changedRun: Int64 = row[1]
                let hasTombstone = try emitTombstones(before: id)
                try row.withUnsafeData(atIndex: 2) { line in
                    let change: OutputRow.Change = changedRun > since ? (line == nil ? .tombstone : .record) : (hasTombstone ? .tombstone : .none)
                    guard line != nil || change != .none else { return }
                    try Self.withBytes(line) { lineBytes in
                        try body(OutputRow(id: id, line: line == nil ? nil : lineBytes, change: change))
                    }
                }
            }
            _ = try emitTombstones(before: nil)
        }
    }

    /// How many reports have records.
    public func recordCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reports WHERE line IS NOT NULL") ?? 0 }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw StateError(path: path, problem: error.message ?? "\(error)")
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch let error as DatabaseError {
            throw StateError(path: path, problem: error.message ?? "\(error)")
        }
    }
}
