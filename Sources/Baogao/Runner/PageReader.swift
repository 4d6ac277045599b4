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
        // O_NONBLOCK: a FIFO (or a device) put where a page was must not block the open; regular
        // files ignore the flag. The file is checked to be regular before anything is read.
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY
        // A page that is a symbolic link fails to open with O_NOFOLLOW (ELOOP), and is opened
        // through the link only when it leads inside the input folder (no `lstat` for the others).
        var descriptor = open(path, flags | O_NOFOLLOW)
        if descriptor < 0 && errno == ELOOP {
            guard ArchiveScanner.isInside(path, root: ArchiveScanner.realPath(root) ?? root) else {
                throw StageError("bad_link", "symbolic link leads outside the input folder; it is not read")
            }
            descriptor = open(path, flags)
        }
        guard descriptor >= 0 else {
            throw StageError("unreadable", "cannot open the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw StageError("unreadable", "cannot stat the file: \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw StageError("not_a_file", "not a regular file (\(PageReader.kind(of: info.st_mode)))")
        }
        let size = Int(info.st_size)
        guard size <= maxBytes else {
            throw StageError("too_large", "the file has \(size) bytes, more than the limit of \(maxBytes) (limits.max_page_bytes)")
        }
        // Read straight into the array's storage (no zero-filling first): only the bytes read count.
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            while filled < size {
                let count = read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if count == 0 { break }
                filled += count
            }
            initialized = filled
        }
        if let failure { throw StageError("unreadable", "read failed: \(String(cString: strerror(failure)))") }
        return RawPage(source: source, bytes: bytes, modified: PageReader.nanoseconds(info))
    }

    /// The size and modification time of a page without reading it, nil when it cannot be stat'ed.
    public func fileStatus(_ source: PageSource) -> (size: Int64, modified: Int64)? {
        guard let info = statusOfFile(root + "/" + source.relativePath) else { return nil }
        return (Int64(info.st_size), PageReader.nanoseconds(info))
    }

    /// What a file type is called in messages (`directory`, `FIFO`, …).
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "regular file"
        case S_IFDIR: return "directory"
        case S_IFIFO: return "FIFO"
        case S_IFSOCK: return "socket"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFLNK: return "symbolic link"
        default: return "unknown file type"
        }
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
