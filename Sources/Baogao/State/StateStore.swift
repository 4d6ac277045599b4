import Foundation
import GRDB
import Synchronization

/// The incremental state of one output: pages, reports, runs and tombstones in an embedded SQLite
/// database (GRDB), and the reports' record lines in a ``LineStore`` beside it (`<state>.lines`).
///
/// The state is the source of truth for the outputs: every run writes the snapshot, the entities
/// file and the errors file from it (or, for the snapshot, checks against it the draft written
/// during the run: ``reportsInWholeSnapshot(_:since:)``), so a run killed at any moment leaves a state
/// from which the next run produces exactly what an uninterrupted run would have. Each batch of processed reports
/// is one transaction; its lines are appended to the line store first, and a row names its line
/// by offset, length and hash, so a line the database does not name is only dead space.
public final class StateStore: Sendable {
    /// The database file.
    public let path: String
    private let database: DatabaseQueue

    /// The version of the tables below; a store of another version is rebuilt. Version 2 stores
    /// no entity lines (the entities file is read from the records). Version 3 keeps record lines
    /// in the line store (`line_at`, `line_length`); the `line` column holds only the lines of
    /// older states until their reports are saved again. Older stores are upgraded in place; a
    /// binary that knows an older version refuses a newer store rather than miss what it holds.
    static let schemaVersion = "3"
    /// The versions upgraded in place to ``schemaVersion``.
    static let upgradableVersions: Set<String> = ["1", "2"]
    /// Whether a row has a record line, in the line store or (from an older state) in `line`.
    private static let hasLine = "(line_length IS NOT NULL OR line IS NOT NULL)"
    /// The line store is compacted when it is larger than this many times its live lines plus
    /// ``compactionSlack`` bytes (so that small archives are left alone).
    public static let compactionRatio: Int64 = 2
    public static let compactionSlack: Int64 = 16 << 20

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
    /// The record lines; replaced when compacted.
    private let lines: Mutex<LineStore>
    /// The line store's path (`<state>.lines`).
    var linesPath: String { path + ".lines" }

    /// Opens (creating if needed) the state database.
    ///
    /// - Throws: ``StateError`` naming the file when it cannot be opened or is not a baogao state.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The three settings below were measured while record lines lived in the database
            // (schema 2). They still serve the lines an upgraded older state keeps there; without
            // them the database is small (about 1 MB on the benchmark archive).
            // Pages of 64 KiB for a new database (an existing one keeps its size): a record line is
            // tens of KB, and with 4 KiB pages its overflow chain cost SQLite and the kernel
            // (WAL writes, checkpoint copies) about twice as much per byte.
            try db.execute(sql: "PRAGMA page_size = 65536")
            // A page cache of 1 MiB whatever the page size: records are written once and read
            // once, so a bigger cache buys nothing; without this setting, with 64 KiB pages, peak
            // RSS on the benchmark was about 30 MB higher (83 → 52 MB, no slower: A/B 0.95). Since
            // record lines left the database it holds only rows; 2 MiB filled on a 20,000-page
            // archive (not on 2,000 pages) and made 1 MB of the difference in peak RSS between them.
            try db.execute(sql: "PRAGMA cache_size = -1024")
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
            lines = Mutex(try Self.openLines(database, path: path + ".lines"))
        } catch let error as DatabaseError {
            throw StateError(path: path, problem: "cannot open the state database: \(error.message ?? "\(error)")")
        }
    }

    /// Opens the line store the database names, finishing a compaction that was cut short; when
    /// the store is missing or is not the database's (deleted, replaced), starts an empty one and
    /// forgets the lines the database named, so their reports are processed again.
    private static func openLines(_ database: DatabaseQueue, path: String) throws -> LineStore {
        let compacting = path + ".compacting"
        unlink(path + ".adopting")
        AtomicFileWriter.removeLeftovers(of: path)
        let (recorded, adopted) = try database.read { db in
            (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lines_id'").flatMap { UInt64($0, radix: 16) },
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lines_adopted'") == "1")
        }
        if let recorded, adopted {
            if let store = try LineStore.existingAdopted(path: path, identity: recorded) { return store }
        } else if let recorded {
            if let store = try LineStore.existing(path: path, identity: recorded) {
                try? FileManager.default.removeItem(atPath: compacting)
                return store
            }
            if try LineStore.existing(path: compacting, identity: recorded) != nil {
                // The database committed a compaction whose file was not yet renamed.
                guard rename(compacting, path) == 0 else {
                    throw StateError(path: path, problem: "cannot finish compacting the record lines: \(String(cString: strerror(errno)))")
                }
                if let store = try LineStore.existing(path: path, identity: recorded) { return store }
            }
        }
        try? FileManager.default.removeItem(atPath: compacting)
        let store = try LineStore.created(path: path, identity: UInt64.random(in: 1...UInt64.max))
        try database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('lines_id', ?)",
                           arguments: [String(store.identity, radix: 16)])
            try db.execute(sql: "DELETE FROM meta WHERE key = 'lines_adopted'")
            try db.execute(sql: "UPDATE reports SET key = '', line_at = NULL, line_length = NULL WHERE line_length IS NOT NULL")
        }
        return store
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
                    line_hash INTEGER, changed_run INTEGER NOT NULL, line_at INTEGER, line_length INTEGER);
                CREATE TABLE IF NOT EXISTS tombstones (id TEXT NOT NULL, run INTEGER NOT NULL, PRIMARY KEY (id, run));
                CREATE TABLE IF NOT EXISTS runs (
                    id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL, summary TEXT);
                """)
            let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
            if version == nil {
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('schema_version', ?)", arguments: [Self.schemaVersion])
            } else if let version, Self.upgradableVersions.contains(version) {
                if try !db.columns(in: "reports").contains(where: { $0.name == "line_at" }) {
                    try db.execute(sql: "ALTER TABLE reports ADD COLUMN line_at INTEGER; ALTER TABLE reports ADD COLUMN line_length INTEGER")
                }
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
            let rows = try Row.fetchCursor(db, sql: "SELECT id, key, fingerprint, \(Self.hasLine) FROM reports")
            while let row = try rows.next() {
                let id: String = row[0]
                reports[id] = StoredReport(id: id, key: row[1], fingerprint: row[2], hasRecord: row[3])
            }
            return reports
        }
    }

    /// Saves processed reports in one transaction. A report whose record is byte-identical to the
    /// stored one keeps its `changed_run` and its stored line, so it does not show up as changed;
    /// a new or changed record is appended to the line store.
    ///
    /// The statements are prepared once per connection (GRDB's statement cache). Entity lines are
    /// not stored: the entities file is read from the records (``EntityLineEncoder``); the
    /// `entities` column of an older state is emptied as its reports are saved again, and its
    /// `line` column gives way to the line store when a record changes.
    public func save(_ results: [ReportResult], fingerprint: String, run: Int64) throws {
        guard !results.isEmpty else { return }
        let lines = lines.withLock { $0 }
        try write { db in
            let previousStatement = try db.cachedStatement(sql: "SELECT line_hash, \(Self.hasLine) FROM reports WHERE id = ?")
            let updateStatement = try db.cachedStatement(sql: "UPDATE reports SET key = ?, fingerprint = ?, entities = NULL WHERE id = ?")
            let replaceStatement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO reports (id, key, fingerprint, line, entities, line_hash, changed_run, line_at, line_length)
                VALUES (?, ?, ?, NULL, NULL, ?, ?, ?, ?)
                """)
            let deletePagesStatement = try db.cachedStatement(sql: "DELETE FROM pages WHERE report_id = ?")
            // What changed first, then the batch's new lines in one write, then the rows.
            var changes: [(lineHash: Int64?, changedRun: Int64, unchanged: Bool)] = []
            changes.reserveCapacity(results.count)
            var newLines: [[UInt8]] = []
            for result in results {
                let lineHash = result.line.map { Int64(bitPattern: lineHashing.hash($0)) }
                let previous = try Row.fetchOne(previousStatement, arguments: [result.id])
                let unchanged = previous.map { row -> Bool in
                    let hash: Int64? = row[0]
                    let hadLine: Bool = row[1]
                    return hash == lineHash && hadLine == (result.line != nil)
                } ?? false
                // A report seen for the first time with no record has nothing to tell downstream.
                changes.append((lineHash, previous == nil && result.line == nil ? 0 : run, unchanged))
                if !unchanged, let line = result.line { newLines.append(line) }
            }
            var offsets = try lines.append(contentsOf: newLines).makeIterator()
            for (result, change) in zip(results, changes) {
                if change.unchanged {
                    try updateStatement.execute(arguments: [result.key, fingerprint, result.id])
                } else {
                    let offset = result.line == nil ? nil : offsets.next()
                    try replaceStatement.execute(
                        arguments: [result.id, result.key, fingerprint, change.lineHash, change.changedRun, offset, result.line?.count])
                }
                try deletePagesStatement.execute(arguments: [result.id])
                for page in result.pages { try insert(page, into: db) }
            }
        }
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
                let hadRecord = try Bool.fetchOne(db, sql: "SELECT \(Self.hasLine) FROM reports WHERE id = ?", arguments: [id]) ?? false
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

    /// Reads record lines for one pass over the reports: each from the line store (checked
    /// against its hash unless this process wrote it) or, in an older state, from the row.
    private final class LineReader {
        let lines: LineStore
        let hashing: LineHashing
        /// Reports whose stored line is gone or damaged.
        var lost: [String] = []

        init(lines: LineStore, hashing: LineHashing) {
            self.lines = lines
            self.hashing = hashing
        }

        /// Calls `body` with the line of the row (`line`, `line_at`, `line_length`, `line_hash`
        /// from `column` on), or with nil when it has none or it is lost.
        func withLine<T>(of row: Row, id: String, from column: Int, _ body: (UnsafeRawBufferPointer?) throws -> T) throws -> T {
            if let offset: Int64 = row[column + 1], let length: Int = row[column + 2] {
                let hash: Int64? = row[column + 3]
                // Lines this process appended need no check; older ones may be lost with the page
                // cache (the line store is not synced per line) and are checked against their hash.
                guard let line = try lines.read(at: offset, length: length),
                      offset >= lines.appendedFrom || hash == Int64(bitPattern: hashing.hash(line)) else {
                    lost.append(id)
                    return try body(nil)
                }
                return try line.withUnsafeBytes { try body($0) }
            }
            return try row.withUnsafeData(atIndex: column) { data in
                guard let data else { return try body(nil) }
                return try data.withUnsafeBytes { try body($0) }
            }
        }
    }

    private var lineReader: LineReader { LineReader(lines: lines.withLock { $0 }, hashing: lineHashing) }

    /// Forgets the lines of reports whose stored line was gone or damaged (a line store lost with
    /// the page cache in a system crash): they lose their key, so the next run processes them again.
    private func forget(_ lost: [String]) throws {
        guard !lost.isEmpty else { return }
        try write { db in
            for id in lost {
                try db.execute(sql: "UPDATE reports SET key = '', line_at = NULL, line_length = NULL, line = NULL WHERE id = ?",
                               arguments: [id])
            }
        }
    }

    /// Calls `body` with every record line, in id order (UTF-8 byte order). The bytes are valid
    /// only during the call.
    ///
    /// - Returns: the ids of reports whose stored line was lost (see ``forEachOutputRow(since:_:)``).
    @discardableResult
    public func forEachRecord(_ body: (_ id: String, _ line: UnsafeRawBufferPointer) throws -> Void) throws -> [String] {
        let reader = lineReader
        try read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, line, line_at, line_length, line_hash FROM reports WHERE \(Self.hasLine) ORDER BY id")
            while let row = try rows.next() {
                let id: String = row[0]
                try reader.withLine(of: row, id: id, from: 1) { line in
                    if let line { try body(id, line) }
                }
            }
        }
        try forget(reader.lost)
        return reader.lost
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
    /// changes file are all written from it, so each record line is read once.
    ///
    /// A report changed after `since` is a ``OutputRow/Change/record`` change, or a tombstone when
    /// it has no record; a tombstone newer than `since` stands unless its id has a changed record.
    /// A report whose line is lost (it fails its hash, see ``LineStore``) is left out, and loses
    /// its key so that the next run processes it again.
    ///
    /// - Returns: the ids of the reports left out because their line was lost.
    @discardableResult
    public func forEachOutputRow(since: Int64, _ body: (OutputRow) throws -> Void) throws -> [String] {
        let reader = lineReader
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
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, changed_run, line, line_at, line_length, line_hash, \(Self.hasLine) FROM reports ORDER BY id")
            while let row = try rows.next() {
                let id: String = row[0]
                let changedRun: Int64 = row[1]
                let hasLine: Bool = row[6]
                let hasTombstone = try emitTombstones(before: id)
                try reader.withLine(of: row, id: id, from: 2) { line in
                    if hasLine && line == nil { return }
                    let change: OutputRow.Change = changedRun > since ? (line == nil ? .tombstone : .record) : (hasTombstone ? .tombstone : .none)
                    guard line != nil || change != .none else { return }
                    try body(OutputRow(id: id, line: line, change: change))
                }
            }
            _ = try emitTombstones(before: nil)
        }
        try forget(reader.lost)
        return reader.lost
    }

    /// Writes every record line appended from now on to `draft` too (see ``SnapshotDraft``).
    ///
    /// A state with no record line yet (a first run) takes the draft's file as its line store
    /// instead (``LineStore/adopting(_:at:identity:commit:)``), so each line is written once;
    /// where the file system refuses a link between them, or a step fails, both files are
    /// written as before.
    func attach(_ draft: SnapshotDraft) {
        lines.withLock { current in
            if let adopted = try? adopt(draft, replacing: current) {
                current = adopted
                adopted.attach(draft, sharingFile: true)
            } else {
                current.attach(draft)
            }
        }
    }

    /// The line store on `draft`'s file, when `current` holds no line and no report has one.
    private func adopt(_ draft: SnapshotDraft, replacing current: LineStore) throws -> LineStore? {
        guard current.size == current.firstOffset,
              try read({ db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reports WHERE \(Self.hasLine)") }) == 0
        else { return nil }
        let identity = UInt64.random(in: 1...UInt64.max)
        return try LineStore.adopting(draft.writer.temporaryPath, at: linesPath, identity: identity) {
            try write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('lines_id', ?)",
                               arguments: [String(identity, radix: 16)])
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('lines_adopted', '1')")
            }
        }
    }

    /// Stops writing appended lines to the attached draft and returns it.
    func detachDraft() -> SnapshotDraft? {
        lines.withLock { $0 }.detachDraft()
    }

    /// The number of reports when the outputs' rows (``forEachOutputRow(since:_:)``) are exactly
    /// the lines `draft` holds: every report with a record, in id order, has a line in the line
    /// store that follows the one before, the first at the draft's start and the last ending at
    /// its end and at the store's end; each changed after run `since`; no report lost its record
    /// after `since`, and no tombstone is newer.
    /// Then the draft is the snapshot byte for byte, and the changes file is the snapshot again.
    /// Nil otherwise. Reads no line.
    func reportsInWholeSnapshot(_ draft: SnapshotDraft, since: Int64) throws -> Int? {
        guard !draft.failed else { return nil }
        let storeEnd = lines.withLock { $0 }.size
        return try read { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tombstones WHERE run > ?", arguments: [since]) == 0 else { return nil }
            let rows = try Row.fetchCursor(db, sql: "SELECT changed_run, line_at, line_length, \(Self.hasLine) FROM reports ORDER BY id")
            var next = draft.start
            var count = 0
            while let row = try rows.next() {
                let changedRun: Int64 = row[0]
                let hasLine: Bool = row[3]
                // A report with no record is in no output unless it lost its record since `since`.
                if !hasLine && changedRun <= since { continue }
                guard hasLine, changedRun > since, let offset: Int64 = row[1], let length: Int64 = row[2], offset == next else {
                    return nil
                }
                next += length
                count += 1
            }
            return next == draft.end && next == storeEnd ? count : nil
        }
    }

    /// How many reports have records.
    public func recordCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reports WHERE \(Self.hasLine)") ?? 0 }
    }

    // MARK: Compaction

    /// Rewrites the line store with only the record lines the database names (an older state's
    /// lines held in the database move there too), in id order, when it is more than
    /// ``compactionRatio`` times their size plus `slack` bytes: each changed record leaves its old
    /// line behind.
    ///
    /// The new file is written and synced under `<lines>.compacting`, the database then names it
    /// (one transaction), and it is renamed over the old one; a process stopped in between finds
    /// it when the state is opened again (``init(path:)``).
    ///
    /// - Returns: whether the store was compacted.
    @discardableResult
    public func compactLinesIfWasteful(slack: Int64 = compactionSlack) throws -> Bool {
        let old = lines.withLock { $0 }
        let live = try read { db in
            try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(line_length), 0) FROM reports WHERE line_length IS NOT NULL") ?? 0
        }
        guard old.size > Self.compactionRatio * (live + Int64(LineStore.headerSize)) + slack else { return false }
        let compacting = linesPath + ".compacting"
        let fresh = try LineStore.created(path: compacting, identity: UInt64.random(in: 1...UInt64.max))
        var moved: [(id: String, offset: Int64, length: Int)] = []
        try forEachRecord { id, line in moved.append((id, try fresh.append(Array(line)), line.count)) }
        try fresh.sync()
        try write { db in
            let statement = try db.cachedStatement(sql: "UPDATE reports SET line_at = ?, line_length = ?, line = NULL WHERE id = ?")
            for (id, offset, length) in moved { try statement.execute(arguments: [offset, length, id]) }
            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'lines_id'", arguments: [String(fresh.identity, radix: 16)])
            try db.execute(sql: "DELETE FROM meta WHERE key = 'lines_adopted'")
        }
        guard rename(compacting, linesPath) == 0,
              let renamed = try LineStore.existing(path: linesPath, identity: fresh.identity) else {
            throw StateError(path: linesPath, problem: "cannot replace the record lines with their compacted copy: \(String(cString: strerror(errno)))")
        }
        lines.withLock { $0 = renamed }
        return true
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
