#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file under a temporary name in the destination's folder, then fsyncs and renames it
/// into place, so the destination name never holds a partial file.
public final class AtomicFileWriter {
    /// Why the output could not be written.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// The final path.
    public let path: String
    /// The temporary file's path (a line store may take it as its own: ``SnapshotDraft``).
    let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20

    /// Creates the temporary file beside `path`.
    ///
    /// - Throws: ``Failure`` when the folder is missing or not writable.
    public init(path: String) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporaryPath = (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(getpid())"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
        buffer.reserveCapacity(Self.flushSize)
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    /// Removes temporary files that writers of `path` left behind when their process died.
    /// Call only while holding the run lock, when no other writer of `path` can be alive.
    public static func removeLeftovers(of path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        removeLeftovers(inFolder: folder) { $0.hasPrefix(".\(name).tmp-") }
    }

    /// Removes every temporary file of an atomic writer (`.<name>.tmp-<pid>`) in a folder.
    public static func removeLeftovers(inFolder folder: String) {
        removeLeftovers(inFolder: folder) { $0.hasPrefix(".") && $0.contains(".tmp-") }
    }

    private static func removeLeftovers(inFolder folder: String, matching isLeftover: (String) -> Bool) {
        guard let directory = opendir(folder.isEmpty ? "/" : folder) else { return }
        defer { closedir(directory) }
        var stale: [String] = []
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if isLeftover(entryName) { stale.append((folder.isEmpty ? "" : folder + "/") + entryName) }
        }
        for file in stale { unlink(file) }
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Appends bytes from memory the caller owns (copied before the call returns). A piece at
    /// least as large as the buffer goes to the file directly, without a copy into the buffer.
    /// The buffer is written out before a piece would overflow it, so it keeps its capacity (an
    /// append past it had the snapshot's buffer reallocated at 2 MiB: 1 MB more peak RSS).
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count < Self.flushSize else {
            try flush()
            try writeAll(bytes)
            return
        }
        if buffer.count + bytes.count > Self.flushSize { try flush() }
        buffer.append(contentsOf: bytes)
    }

    /// Appends lines. Lines that fill at least ``directSize`` together go to the file in one
    /// `writev` from where they are: the snapshot draft's copy of a batch into the buffer was 7 ms
    /// of the state writer's CPU on the benchmark (perf), which a `--jobs 2` run takes from a
    /// worker's core.
    public func write(lines: [[UInt8]]) throws {
        let total = lines.reduce(0) { $0 + $1.count }
        guard total >= Self.directSize else {
            for line in lines { try write(line) }
            return
        }
        try flush()
        let done = try lines.withIOVectors { vectors in
            var written = -1
            repeat { written = vectors.withUnsafeBufferPointer { writev(descriptor, $0.baseAddress, Int32(Swift.min($0.count, 1024))) } }
            while written < 0 && errno == EINTR
            guard written >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
            return written
        }
        // A short write (or more than 1,024 lines): the rest line by line.
        try lines.forEachUnwritten(after: done) { bytes, _ in try writeAll(bytes) }
        startWriteback()
    }

    /// The least a batch of lines given to ``write(lines:)`` must hold to bypass the buffer.
    static let directSize = 64 << 10

    /// Writes, fsyncs and renames the file into place, then fsyncs the folder.
    public func commit() throws {
        try flush()
        guard fsync(descriptor) == 0 else { throw Failure(path: path, reason: "fsync: \(String(cString: strerror(errno)))") }
        close(descriptor)
        descriptor = -1
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw Failure(path: path, reason: "rename: \(reason)")
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let folderDescriptor = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Makes this writer's file the same file as `other`'s, dropping what was written here: a
    /// second name of it (a hard link), or a copy where the file system refuses links. Each is
    /// then committed as usual; the second fsync finds nothing left to write.
    public func becomeLink(to other: AtomicFileWriter) throws {
        try other.flush()
        buffer.removeAll(keepingCapacity: true)
        close(descriptor)
        descriptor = -1
        unlink(temporaryPath)
        if link(other.temporaryPath, temporaryPath) == 0 {
            descriptor = open(temporaryPath, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
            return
        }
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        try append(contentsOf: other)
    }

    /// Appends everything written to `other` so far.
    public func append(contentsOf other: AtomicFileWriter) throws {
        try other.flush()
        try append(contentsOfFile: other.temporaryPath, named: other.path)
    }

    /// Appends the file at `source` (`named` in errors).
    func append(contentsOfFile source: String, named name: String) throws {
        let descriptor = open(source, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: name, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: Self.flushSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw Failure(path: name, reason: String(cString: strerror(errno))) }
            if count == 0 { return }
            try chunk.withUnsafeBytes { try write(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }

    /// Gives up: removes the temporary file; the destination keeps whatever it had.
    public func abandon() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
            unlink(temporaryPath)
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
        startWriteback()
    }

    /// Starts writing the file's data to the device without waiting (see ``syncFileRange``).
    func startWriteback() {
        _ = Self.syncFileRange?(descriptor, 0, 0, Self.syncFileRangeWrite)
    }

    /// Linux's `sync_file_range`, called after each flush with `SYNC_FILE_RANGE_WRITE`: it starts
    /// writing what is written so far to the device without waiting, so that ``commit()``'s fsync
    /// of a large file has little left to do (a bulk run's 49 MB snapshot took 27 ms to sync in
    /// the run's serial tail). Swift's Glibc module leaves out GNU extensions, so it is looked up
    /// once at run time; nil elsewhere.
    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    private static let syncFileRange: SyncFileRange? = {
        #if os(Linux)
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range").map { unsafeBitCast($0, to: SyncFileRange.self) }
        #else
        nil
        #endif
    }()
    private static let syncFileRangeWrite: UInt32 = 2

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

/// The C library's `write`, reachable from inside a type that has its own `write`.
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
