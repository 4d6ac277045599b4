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
    /// Whether this string's UTF-8 bytes start with `prefix`'s (no Unicode comparison: both sides
    /// are match keys).
    func hasUTF8Prefix(_ prefix: String) -> Bool {
        var text = self
        var start = prefix
        return text.withUTF8 { bytes in
            start.withUTF8 { head in
                head.count <= bytes.count && (head.isEmpty || memcmp(bytes.baseAddress!, head.baseAddress!, head.count) == 0)
            }
        }
    }
}

extension String {
    /// Whether both strings have the same UTF-8 bytes: `==` compares by canonical equivalence,
    /// which normalises CJK text on every comparison; match keys are already NFKC.
    func hasSameUTF8(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var text = self
        var peer = other
        return text.withUTF8 { bytes in
            peer.withUTF8 { peerBytes in bytes.isEmpty || memcmp(bytes.baseAddress!, peerBytes.baseAddress!, bytes.count) == 0 }
        }
    }
}
