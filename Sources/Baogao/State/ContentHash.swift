/// A stable 64-bit FNV-1a hash of bytes, for telling changed pages and records from unchanged ones.
///
/// Not cryptographic: it only has to notice edits, and it must be the same in every process
/// (Swift's `Hasher` is seeded per process, so it cannot be used).
public enum ContentHash {
    /// The hash of `bytes`.
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = seed
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    /// The hash of no bytes, to start an incremental hash.
    public static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash after one more byte.
    @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of a string's UTF-8 bytes.
    public static func of(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { of($0) }
    }

    /// The hash of bytes in memory (the generic version walks a `String.UTF8View` index by index).
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    /// The hash as 16 lower-case hex digits.
    public static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
