/// The snapshot written while a run goes, for the run whose snapshot will be exactly the record
/// lines it appends to the line store (a first run, or one that processes every report again and
/// changes every record): each line appended from ``start`` on is also written here, in the same
/// order, so the snapshot is ready when the last report is saved.
///
/// Why: writing the snapshot from the state after the last page (read the lines back, write them
/// out) took about 33 ms of a bulk run's serial tail on the benchmark (49 MB; perf), which no
/// worker could share. Here the state writer's thread does it while the workers go on.
///
/// The draft is only a candidate: ``OutputWriter`` commits it after the state shows that its rows,
/// in id order, are these lines and nothing else (``StateStore/reportsInWholeSnapshot(_:since:)``), and
/// otherwise abandons it and writes the snapshot from the state as always. A draft that fails to
/// write (a full disk) is abandoned at once and the run goes on.
///
/// A draft of a fresh state can share its file with the line store (``StateStore/attach(_:)``):
/// the line store takes the draft's temporary file as its own, so each line is written once, and
/// the draft only follows the appends. Writing every line to both files was a quarter of the state
/// writer's CPU (20 ms of a bulk run's; perf), time a `--jobs 2` run takes from its workers.
///
/// Used under the line store's lock while attached (``LineStore/attach(_:)``), then by the one
/// thread that detached it.
final class SnapshotDraft: @unchecked Sendable {
    /// The snapshot's writer (its temporary file).
    let writer: AtomicFileWriter
    /// The line store's length when the draft was attached: its first line's offset.
    private(set) var start: Int64 = -1
    /// The offset after the last line written here.
    private(set) var end: Int64 = -1
    /// Whether a write failed or a line did not follow the one before; the draft is then useless.
    private(set) var failed = false
    /// Whether the line store writes the lines into this draft's file itself.
    private(set) var sharesLineStoreFile = false

    /// Creates the snapshot's temporary file; nil when it cannot be (the snapshot is then written
    /// at the end, which reports the reason).
    init?(path: String) {
        guard let writer = try? AtomicFileWriter(path: path) else { return nil }
        self.writer = writer
    }

    /// Starts at the line store's current length; `sharingFile`: the line store's file is this
    /// draft's.
    func begin(at offset: Int64, sharingFile: Bool = false) {
        start = offset
        end = offset
        sharesLineStoreFile = sharingFile
    }

    /// Writes lines the line store appended one after the other from `offset` (or, when the line
    /// store wrote them into this file, starts their write-back).
    func append(_ lines: [[UInt8]], at offset: Int64) {
        guard !failed else { return }
        guard offset == end else { return abandon() }
        if sharesLineStoreFile {
            writer.startWriteback()
        } else {
            do { try writer.write(lines: lines) } catch { return abandon() }
        }
        end += Int64(lines.reduce(0) { $0 + $1.count })
    }

    /// Gives up: removes the temporary file.
    func abandon() {
        failed = true
        writer.abandon()
    }
}
