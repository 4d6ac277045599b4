#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run at a time per state: an exclusive `flock` on `<state>.lock`, which holds the holder's
/// pid and start time. The kernel releases the lock when its process dies, so a lock left by a
/// crashed run is taken over by the next run (which says so).
public final class RunLock {
    /// Another run holds the lock.
    public struct Held: Error, Sendable, CustomStringConvertible {
        /// The lock file.
        public var path: String
        /// What the holder wrote: `pid 1234 started 2026-11-29T22:30:00Z`.
        public var holder: String
        public var description: String { "another baogao run holds \(path) (\(holder))" }
    }

    /// The lock file.
    public let path: String
    /// What the previous holder wrote, when it died without releasing (a crashed run).
    public let takenOverFrom: String?
    private let descriptor: Int32

    /// Takes the lock without waiting.
    ///
    /// - Throws: ``Held`` when another process holds it; ``StateError`` when the file cannot be opened.
    public init(path: String, started: String) throws {
        self.path = path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StateError(path: path, problem: "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = RunLock.contents(of: descriptor)
            close(descriptor)
            throw Held(path: path, holder: holder.isEmpty ? "holder unknown" : holder)
        }
        let previous = RunLock.contents(of: descriptor)
        takenOverFrom = previous.isEmpty ? nil : previous
        self.descriptor = descriptor
        let record = Array("pid \(getpid()) started \(started)\n".utf8)
        ftruncate(descriptor, 0)
        _ = record.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        fsync(descriptor)
    }

    /// Releases the lock and clears the holder line (a clean exit leaves an empty lock file).
    public func release() {
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func contents(of descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 256, 0) }
        guard count > 0 else { return "" }
        return String(decoding: buffer[0..<count], as: UTF8.self).trimmingWhitespace()
    }
}
