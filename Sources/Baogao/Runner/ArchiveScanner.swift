#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks an input directory for saved pages (`*.html`, `*.htm`, `*.shtml`) with `opendir`/`readdir`.
///
/// Symbolic links to files inside the input folder are followed; links to directories are not
/// (no loops), nor links that lead outside the input folder (a page must not pull in `/etc/passwd`). Entries that
/// cannot be used — unreadable directories, names that are not UTF-8, links that lead nowhere or
/// loop, FIFOs, sockets and devices with a page's name — come back as failures; nothing is opened
/// but directories.
public enum ArchiveScanner {
    /// What a scan found.
    public struct Result: Sendable {
        /// Page paths relative to the root, `/`-separated, sorted by their UTF-8 bytes.
        public var pages: PagePaths
        /// Entries that could not be used, with the reason.
        public var failures: [PageFailure]
    }

    /// The extensions of saved pages, lower-cased.
    public static let extensions: Set<String> = ["html", "htm", "shtml"]

    /// Scans `root` recursively.
    public static func scan(root: String) -> Result {
        var result = Result(pages: PagePaths(), failures: [])
        let realRoot = realPath(root) ?? root
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let directory = opendir(absolute) else {
                let reason = String(cString: strerror(errno))
                result.failures.append(PageFailure(
                    source: relative.isEmpty ? "." : relative, reportID: "", stage: "scan", reason: "unreadable_directory",
                    message: "cannot read directory: \(reason)"))
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let nameBytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    Array(raw.prefix(while: { $0 != 0 }))
                }
                if nameBytes == [0x2E] || nameBytes == [0x2E, 0x2E] { continue }
                guard let name = String(validating: nameBytes, as: UTF8.self) else {
                    let shown = String(decoding: nameBytes, as: UTF8.self)
                    if isPageName(shown) {
                        result.failures.append(PageFailure(
                            source: relative.isEmpty ? shown : relative + "/" + shown, reportID: "", stage: "scan",
                            reason: "bad_file_name", message: "file name is not valid UTF-8; rename the file to process it"))
                    }
                    continue
                }
                var childRelative: String { relative.isEmpty ? name : relative + "/" + name }
                var info = stat()
                guard lstat(absolute + "/" + name, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(childRelative)
                case S_IFREG:
                    if isPageName(name) { result.pages.append(folder: relative, name: nameBytes) }
                case S_IFLNK:
                    var target = stat()
                    if isPageName(name), stat(absolute + "/" + name, &target) == 0, target.st_mode & S_IFMT == S_IFREG {
                        if isInside(absolute + "/" + name, root: realRoot) {
                            result.pages.append(folder: relative, name: nameBytes)
                        } else {
                            result.failures.append(PageFailure(
                                source: childRelative, reportID: "", stage: "scan", reason: "bad_link",
                                message: "symbolic link leads outside the input folder; it is not read"))
                        }
                    } else if isPageName(name) {
                        let why = String(cString: strerror(errno))
                        result.failures.append(PageFailure(
                            source: childRelative, reportID: "", stage: "scan", reason: "bad_link",
                            message: target.st_mode == 0
                                ? "symbolic link does not lead to a file: \(why)"
                                : "symbolic link leads to a \(PageReader.kind(of: target.st_mode)), not a regular file"))
                    }
                default:
                    // A FIFO, socket or device with a page's name is reported, never opened.
                    if isPageName(name) {
                        result.failures.append(PageFailure(
                            source: childRelative, reportID: "", stage: "scan", reason: "not_a_file",
                            message: "not a regular file (\(PageReader.kind(of: info.st_mode)))"))
                    }
                }
            }
        }
        result.pages = result.pages.sortedByBytes()
        return result
    }

    /// Whether `path`, with every symbolic link resolved, lies inside `root` (itself resolved).
    public static func isInside(_ path: String, root: String) -> Bool {
        guard let resolved = realPath(path) else { return false }
        return root == "/" || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// `realpath(3)`, nil when the path cannot be resolved.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a file name has a page extension.
    public static func isPageName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
