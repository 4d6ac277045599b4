#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes: `memchr` for the needle's last byte, `memcmp` for the rest.
///
/// The last byte, not the first: in Chinese text most characters start with 0xE4–0xE9, so a
/// needle's first byte (a lead byte) is found every few bytes, while its last byte (a continuation
/// byte, one of 64 values) is about twenty times rarer.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: needle, in: haystack, from: 0) != nil
    }

    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let anchor = needle.last else { return start }
        guard start >= 0, needle.count <= haystack.count - start, let base = haystack.baseAddress else { return nil }
        let tail = needle.count - 1
        // Where the needle's last byte may be: from `start + tail` to the haystack's end.
        var offset = start + tail
        while offset < haystack.count {
            guard let hit = memchr(base + offset, Int32(anchor), haystack.count - offset) else { return nil }
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - tail
            if memcmp(base + position, needle.baseAddress!, tail) == 0 { return position }
            offset = position + tail + 1
        }
        return nil
    }
}
