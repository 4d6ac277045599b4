#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether `other` occurs in this string, comparing UTF-8 bytes (``ByteSearch``).
    ///
    /// This overload is more specific than Foundation's generic `StringProtocol.contains(_:)`, so
    /// every `text.contains("…")` in this module uses it. Foundation's version compares with
    /// canonical equivalence through `CFStringFind` and was 60% of the cleanup stage's time
    /// (perf, benchmark archive); rule strings and match keys are NFKC, where byte comparison
    /// gives the same answer.
    func contains(_ other: String) -> Bool {
        var haystack = self
        var needle = other
        return haystack.withUTF8 { text in needle.withUTF8 { ByteSearch.contains(text, $0) } }
    }
}

extension String {
    /// Whether this string's UTF-8 bytes start `bytes` (no Unicode comparison: both sides are
    /// match keys).
    func isUTF8Prefix(of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = self
        return start.withUTF8 { head in
            head.count <= bytes.count && (head.isEmpty || memcmp(bytes.baseAddress!, head.baseAddress!, head.count) == 0)
        }
    }
}

extension String {
    /// Whether this string's UTF-8 bytes are `bytes`: `==` on Strings compares by canonical
    /// equivalence, which normalises CJK text on every comparison; match keys are already NFKC.
    func hasSameUTF8(as bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { hasSameUTF8(as: $0) }
    }

    /// Whether this string's UTF-8 bytes are `bytes`.
    func hasSameUTF8(as bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count == bytes.count else { return false }
        var text = self
        return text.withUTF8 { own in own.isEmpty || memcmp(own.baseAddress!, bytes.baseAddress!, own.count) == 0 }
    }
}

extension String {
    /// The first range at or after `start` where `other`'s bytes occur in this string, beginning
    /// and ending on character boundaries (a separator followed by a combining mark is not found,
    /// as with Foundation's `range(of:)`, which this replaces on short strings: it was a tenth of
    /// a page's title clean-up per separator).
    func firstUTF8Range(of other: String, from start: String.Index? = nil) -> Range<String.Index>? {
        guard !other.isEmpty else { return nil }
        var text = self
        var needle = other
        var offset = start.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        while true {
            let found = text.withUTF8 { bytes in needle.withUTF8 { ByteSearch.firstOffset(of: $0, in: bytes, from: offset) } }
            guard let found else { return nil }
            let lower = utf8.index(utf8.startIndex, offsetBy: found)
            let upper = utf8.index(lower, offsetBy: other.utf8.count)
            if let lower = lower.samePosition(in: self), let upper = upper.samePosition(in: self) { return lower..<upper }
            offset = found + 1
        }
    }
}
