import Foundation

/// Writes a run's outputs from the state database, each atomically: the snapshot, the entities
/// file, the errors file and this run's changes file. The snapshot, entities and changes files
/// are filled in one pass over the state (``StateStore/forEachOutputRow(since:_:)``).
public enum OutputWriter {
    /// What was written.
    public struct Written: Sendable {
        public var reports = 0
        public var changed = 0
        public var failures = 0
        public var changesFile: String?
        /// Reports left out because their stored line was lost (``StateStore/forEachOutputRow(since:_:)``).
        public var lost: [String] = []
    }

    /// Writes every output.
    ///
    /// - Parameters:
    ///   - since: the last completed run; the changes file holds what changed after it.
    ///   - runLabel: the changes file's name without extension (sortable: start time and run number).
    /// - Throws: ``AtomicFileWriter/Failure`` or ``StateError``.
    public static func write(
        from store: StateStore, to files: OutputFiles, scanFailures: [PageFailure], since: Int64, runLabel: String
    ) throws -> Written {
        try write(from: store, to: files, scanFailures: scanFailures, since: since, runLabel: runLabel, draft: nil)
    }

    /// Writes every output; `draft` is the snapshot written during the run, if one was
    /// (``SnapshotDraft``): committed when the state shows it is the snapshot, else abandoned.
    static func write(
        from store: StateStore, to files: OutputFiles, scanFailures: [PageFailure], since: Int64, runLabel: String,
        draft: SnapshotDraft?
    ) throws -> Written {
        var written = Written()
        // The draft is the snapshot when every report is a record this run appended, in order
        // (then the changes file is a second name of it, as in `writeFromState`).
        let draftReports = try draft.flatMap { files.entities == nil ? try store.reportsInWholeSnapshot($0, since: since) : nil }
        let records: AtomicFileWriter
        if let draft, draftReports != nil {
            records = draft.writer
        } else {
            draft?.abandon()
            records = try AtomicFileWriter(path: files.records)
        }
        let entities = try files.entities.map { try AtomicFileWriter(path: $0) }
        try FileManager.default.createDirectory(atPath: files.changes, withIntermediateDirectories: true)
        let changesPath = files.changes + "/" + runLabel + ".jsonl"
        let changes = try AtomicFileWriter(path: changesPath)
        if let draftReports {
            written.reports = draftReports
            written.changed = draftReports
            if draftReports > 0 { try changes.becomeLink(to: records) }
            try records.commit()
        } else {
            try writeFromState(store, records: records, entities: entities, changes: changes, since: since, written: &written)
        }

        let failures = (try store.failures() + scanFailures).sorted { $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) }
        let errors = try AtomicFileWriter(path: files.errors)
        for failure in failures { try errors.write(ErrorLineEncoder.line(for: failure)) }
        try errors.commit()
        written.failures = failures.count

        try changes.commit()
        written.changesFile = changesPath
        return written
    }

    /// The snapshot, the entities file and the changes file from one pass over the state.
    private static func writeFromState(
        _ store: StateStore, records: AtomicFileWriter, entities: AtomicFileWriter?, changes: AtomicFileWriter, since: Int64,
        written: inout Written
    ) throws {
        // One pass over the state: each line is read once and goes to every file that holds it.
        // While every row is a changed record (a first or `--full` run), the changes file would
        // be the snapshot again: it is not written, and becomes a second name of the snapshot
        // (``AtomicFileWriter/becomeLink(to:)``), which saved writing and syncing the bulk
        // run's largest file twice. The first other row copies what the snapshot has so far.
        var mirrorsRecords = true
        var reports = 0
        var changed = 0
        written.lost = try store.forEachOutputRow(since: since) { row in
            if mirrorsRecords && !(row.line != nil && row.change == .record) {
                mirrorsRecords = false
                try changes.append(contentsOf: records)
            }
            if let line = row.line {
                try records.write(line)
                if let entities { try entities.write(EntityLineEncoder.lines(fromRecordLine: line)) }
                reports += 1
            }
            if row.change != .none { changed += 1 }
            guard !mirrorsRecords else { return }
            switch row.change {
            case .none: break
            case .record: try changes.write(row.line!)
            case .tombstone: try changes.write(tombstone(row.id))
            }
        }
        written.reports = reports
        written.changed = changed
        if mirrorsRecords && reports > 0 { try changes.becomeLink(to: records) }
        try records.commit()
        try entities?.commit()
    }

    /// The line that says a report is gone: `{"schema_version":1,"id":"…","deleted":true}`.
    public static func tombstone(_ id: String) -> [UInt8] {
        var json = JSONWriter(capacity: 64)
        json.beginObject()
        json.key("schema_version"); json.number(ReportRecord.schemaVersion)
        json.key("id"); json.string(id)
        json.key("deleted"); json.bool(true)
        json.endObject()
        var bytes = json.bytes
        bytes.append(0x0A)
        return bytes
    }
}
