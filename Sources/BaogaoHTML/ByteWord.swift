/// Eight bytes read as one word, and the bit tricks ("Bit Twiddling Hacks") that find bytes in it
/// without a loop: the scans over attribute values, text runs and match keys read eight bytes at
/// a time. Public and inlinable for the library's byte scans.
public enum ByteWord {
    /// A one in every byte, and the high bit of every byte (computed, so that code inlined in
    /// other modules reads constants, not a lazily initialised global).
    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// The eight bytes at `index` of `bytes` (which must hold them), first byte lowest.
    @inlinable @inline(__always)
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte equal to `byte`: the lowest flag is exact, flags above it may be
    /// borrows from it (so the lowest flagged byte is the first such byte).
    @inlinable @inline(__always)
    public static func flags(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highs
    }

    /// The high bit of each byte below `limit` (at most 0x80), with the same caveat.
    @inlinable @inline(__always)
    public static func flags(_ word: UInt64, below limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }
}
