#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The read stage: a page's bytes from disk, refusing files over the size limit.
public struct PageReader: Stage {
    public static let name = "read"

    /// The input directory.
    public var root: String
    /// The largest page accepted.
    public var maxBytes: Int

    /// Creates a reader.
    public init(root: String, maxBytes: Int) {
        self.root = root
        self.maxBytes = maxBytes
    }

    /// Reads one page.
    ///
    /// - Throws: ``StageError`` `unreadable`, `not_a_file` or `too_large`.
    public func run(_ source: PageSource) throws -> RawPage {
        let path = root + "/" + source.relativePath
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StageError("unreadable", "cannot open the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw StageError("unreadable", "cannot stat the file: \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw StageError("not_a_file", "not a regular file") }
        let size = Int(info.st_size)
        guard size <= maxBytes else {
            throw StageError("too_large", "the file has \(size) bytes, more than the limit of \(maxBytes) (limits.max_page_bytes)")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw StageError("unreadable", "read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeSubrange(filled...) }
        return RawPage(source: source, bytes: bytes, modified: PageReader.nanoseconds(info))
    }

    /// The size and modification time of a page without reading it, nil when it cannot be stat'ed.
    public func fileStatus(_ source: PageSource) -> (size: Int64, modified: Int64)? {
        guard let info = statusOfFile(root + "/" + source.relativePath) else { return nil }
        return (Int64(info.st_size), PageReader.nanoseconds(info))
    }

    private static func nanoseconds(_ info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}

/// `stat(2)` of a path, reachable from a type with its own `stat`-like method.
private func statusOfFile(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
}
