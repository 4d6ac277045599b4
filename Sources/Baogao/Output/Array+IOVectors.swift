#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Array where Element == [UInt8] {
    /// Calls `body` with an `iovec` for each line, every one valid for the call (each line's
    /// `withUnsafeBytes` holds the next): for `writev` and `pwritev` of a batch of lines
    /// without copying them into one buffer.
    func withIOVectors<Result>(_ body: ([iovec]) throws -> Result) rethrows -> Result {
        var vectors: [iovec] = []
        vectors.reserveCapacity(count)
        return try withIOVectors(from: startIndex, into: &vectors, body)
    }

    /// Calls `body` with what a vectored write that wrote the first `written` bytes left of each
    /// line, in order, and where those bytes start in the batch: the rest of a short write.
    func forEachUnwritten(after written: Int, _ body: (UnsafeRawBufferPointer, Int) throws -> Void) rethrows {
        var lineStart = 0
        for line in self {
            let lineEnd = lineStart + line.count
            if written < lineEnd && !line.isEmpty {
                let from = Swift.max(written, lineStart)
                try line.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[(from - lineStart)...]), from) }
            }
            lineStart = lineEnd
        }
    }

    private func withIOVectors<Result>(from index: Int, into vectors: inout [iovec], _ body: ([iovec]) throws -> Result) rethrows -> Result {
        guard index < endIndex else { return try body(vectors) }
        return try self[index].withUnsafeBytes { raw in
            vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: raw.baseAddress), iov_len: raw.count))
            return try withIOVectors(from: index + 1, into: &vectors, body)
        }
    }
}
