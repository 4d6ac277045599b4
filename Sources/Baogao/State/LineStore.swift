#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The record lines of a state, kept outside SQLite: an append-only file beside the database
/// (`<state>.lines`). The database holds each line's offset, length and hash; a line is never
/// changed in place, a new record is appended, and ``StateStore`` compacts the file when most of
/// it is dead.
///
/// Why not a BLOB column: SQLite wrote each record line three times (its write-ahead log, the
/// database at checkpoints, after reading the log back), with its page bookkeeping around every
/// copy. On the benchmark that was about 4% of a bulk run's CPU (perf: the state writer's
/// samples, 236 of 3,660 with lines in SQLite, 141 with them in a plain file).
///
/// The file starts with a header naming its identity, which the database records too: a file
/// that does not match its database (deleted, replaced, or from another state) is not read. A
/// fresh state's first run can instead adopt its snapshot draft's file (``adopting(_:at:identity:commit:)``): then the
/// file holds the lines alone, from offset 0, and is the snapshot once the run commits it; only the
/// lines' hashes tell it from another file. Such a file that has other names (the snapshot, the
/// changes file) when the state is opened again is copied first (``existingAdopted(path:identity:)``), so
/// that appends never reach an output.
/// Nothing here is synced on every append: a line lost with the page cache (an operating-system
/// crash) fails its hash when read, and its report is processed again by the next run.
final class LineStore: Sendable {
    /// The file's path.
    let path: String
    /// The identity in the header (and in the database's `meta`).
    let identity: UInt64
    private let descriptor: Int32
    /// Where the next line goes, and the snapshot draft that follows the appends, if any.
    private let tail: Mutex<Tail>
    /// The file's length when this process opened it: lines from here on were appended by this
    /// process, so are still what it wrote (a crash that could lose them would have ended it).
    let appendedFrom: Int64
    /// Where lines begin: after the header, or at 0 in an adopted file.
    let firstOffset: Int64

    /// The header: a magic word and the identity in hexadecimal, 32 bytes with the newline.
    static func header(_ identity: UInt64) -> [UInt8] {
        let hex = String(identity, radix: 16)
        return Array(("baogao-lines-1 " + String(repeating: "0", count: 16 - hex.count) + hex + "\n").utf8)
    }

    static let headerSize = 32

    /// Opens the file if its header names `identity`; nil when it is missing or names another.
    static func existing(path: String, identity: UInt64) throws -> LineStore? {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw StateError(path: path, problem: "cannot open the record lines: \(String(cString: strerror(errno)))")
        }
        var found = [UInt8](repeating: 0, count: headerSize)
        let read = found.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, headerSize, 0) }
        guard read == headerSize, found == header(identity) else {
            close(descriptor)
            return nil
        }
        let size = lseek(descriptor, 0, SEEK_END)
        return LineStore(path: path, identity: identity, descriptor: descriptor, end: Int64(size))
    }

    /// Opens an adopted file (lines from offset 0, no header); nil when it is missing. When the
    /// file has other names it is first replaced by a copy of its own.
    static func existingAdopted(path: String, identity: UInt64) throws -> LineStore? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw StateError(path: path, problem: "cannot open the record lines: \(String(cString: strerror(errno)))")
        }
        if info.st_nlink > 1 { try unshare(path) }
        return try openAdopted(path: path, identity: identity)
    }

    private static func openAdopted(path: String, identity: UInt64) throws -> LineStore {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StateError(path: path, problem: "cannot open the record lines: \(String(cString: strerror(errno)))")
        }
        let size = lseek(descriptor, 0, SEEK_END)
        return LineStore(path: path, identity: identity, descriptor: descriptor, end: Int64(size), firstOffset: 0)
    }

    /// Takes `file` (a snapshot draft's temporary file, empty) as the store's file at `path`: a
    /// second name of it under `path`. Nil when the file system refuses the link (another device).
    /// `commit` runs between the link and the rename that puts it in place (it records the change
    /// in the database).
    static func adopting(_ file: String, at path: String, identity: UInt64, commit: () throws -> Void) throws -> LineStore? {
        let linked = path + ".adopting"
        unlink(linked)
        guard link(file, linked) == 0 else { return nil }
        do {
            try commit()
        } catch {
            unlink(linked)
            throw error
        }
        guard rename(linked, path) == 0 else {
            throw StateError(path: path, problem: "cannot adopt the snapshot's file: \(String(cString: strerror(errno)))")
        }
        return try openAdopted(path: path, identity: identity)
    }

    /// Replaces the file at `path` by a copy of itself (written and renamed into place as an
    /// output is), so that it no longer shares its data with its other names.
    private static func unshare(_ path: String) throws {
        do {
            let copy = try AtomicFileWriter(path: path)
            try copy.append(contentsOfFile: path, named: path)
            try copy.commit()
        } catch let failure as AtomicFileWriter.Failure {
            throw StateError(path: path, problem: "cannot copy the record lines off the outputs: \(failure.reason)")
        }
    }

    /// Creates (or empties) the file with a header naming `identity`.
    static func created(path: String, identity: UInt64) throws -> LineStore {
        let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StateError(path: path, problem: "cannot create the record lines: \(String(cString: strerror(errno)))")
        }
        let store = LineStore(path: path, identity: identity, descriptor: descriptor, end: 0)
        _ = try store.append(header(identity))
        return store
    }

    private struct Tail {
        var end: Int64
        var draft: SnapshotDraft?
    }

    private init(path: String, identity: UInt64, descriptor: Int32, end: Int64, firstOffset: Int64 = Int64(headerSize)) {
        self.path = path
        self.identity = identity
        self.descriptor = descriptor
        tail = Mutex(Tail(end: end))
        appendedFrom = end
        self.firstOffset = firstOffset
    }

    deinit { close(descriptor) }

    /// The file's length in bytes.
    var size: Int64 { tail.withLock { $0.end } }

    /// From now on, writes every appended line to `draft` as well, until ``detachDraft()``
    /// (`sharingFile`: this store's file is the draft's, which then only follows the appends).
    func attach(_ draft: SnapshotDraft, sharingFile: Bool = false) {
        tail.withLock { tail in
            draft.begin(at: tail.end, sharingFile: sharingFile)
            tail.draft = draft
        }
    }

    /// Stops writing appended lines to the attached draft and returns it.
    func detachDraft() -> SnapshotDraft? {
        tail.withLock { tail in
            defer { tail.draft = nil }
            return tail.draft
        }
    }

    /// Appends bytes and returns their offset.
    func append(_ bytes: [UInt8]) throws -> Int64 {
        try append(contentsOf: [bytes])[0]
    }

    /// Appends lines one after the other and returns their offsets, in one `pwritev` where it
    /// takes them all: a batch's lines written one `pwrite` each (59 KB on the benchmark) cost
    /// the kernel twice the CPU per byte of writes of 1 MiB (19.5 against 10.7 ms for 49 MB),
    /// on the state writer's thread, which shares the cores with the workers.
    func append(contentsOf lines: [[UInt8]]) throws -> [Int64] {
        try tail.withLock { tail in
            let start = tail.end
            var offsets: [Int64] = []
            offsets.reserveCapacity(lines.count)
            var total = 0
            for line in lines {
                offsets.append(start + Int64(total))
                total += line.count
            }
            let done = try writeVectored(lines, at: start)
            // A short write (rare): the rest line by line.
            try lines.forEachUnwritten(after: done) { bytes, offset in try writeAll(bytes, at: start + Int64(offset)) }
            tail.end += Int64(total)
            tail.draft?.append(lines, at: start)
            return offsets
        }
    }

    /// Writes as many of `lines` as one `pwritev` takes at `offset`; returns the bytes written.
    private func writeVectored(_ lines: [[UInt8]], at offset: Int64) throws -> Int {
        guard lines.count > 1 && lines.count <= 1024 else { return 0 }
        return try lines.withIOVectors { vectors in
            while true {
                let written = vectors.withUnsafeBufferPointer { pwritev(descriptor, $0.baseAddress, Int32($0.count), off_t(offset)) }
                if written < 0 && errno == EINTR { continue }
                guard written >= 0 else {
                    throw StateError(path: path, problem: "cannot write the record lines: \(String(cString: strerror(errno)))")
                }
                return written
            }
        }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws {
        var done = 0
        while done < bytes.count {
            let written = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                throw StateError(path: path, problem: "cannot write the record lines: \(String(cString: strerror(errno)))")
            }
            done += written
        }
    }

    /// The `length` bytes at `offset`; nil when the file ends first.
    func read(at offset: Int64, length: Int) throws -> [UInt8]? {
        guard offset >= firstOffset, length >= 0 else { return nil }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: length) { buffer, count in
            while count < length {
                let read = pread(descriptor, buffer.baseAddress! + count, length - count, off_t(offset) + off_t(count))
                if read < 0 && errno == EINTR { continue }
                if read < 0 { failure = errno }
                if read <= 0 { return }
                count += read
            }
        }
        if failure != 0 {
            throw StateError(path: path, problem: "cannot read the record lines: \(String(cString: strerror(failure)))")
        }
        return bytes.count == length ? bytes : nil
    }

    /// Writes the file's data to the device.
    func sync() throws {
        guard fsync(descriptor) == 0 else {
            throw StateError(path: path, problem: "cannot sync the record lines: \(String(cString: strerror(errno)))")
        }
    }
}
