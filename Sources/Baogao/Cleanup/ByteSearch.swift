#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes: `memchr` for the needle's first byte, `memcmp` for the rest.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: needle, in: haystack, from: 0) != nil
    }

    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return start }
        guard needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
        let last = haystack.count - needle.count
        var offset = start
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }
}
