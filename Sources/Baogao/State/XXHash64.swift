/// XXH64 (seed 0), as the reference xxHash computes it: a fast 64-bit hash of bytes, four
/// independent lanes of 8 bytes per round.
///
/// Page hashes use it: every page is hashed when it is read, and FNV-1a (``ContentHash``), one
/// multiplication per byte in a chain, was about 4% of a bulk run's CPU time (perf, benchmark
/// archive). Report keys compare page hashes within a state, so a state written with FNV page
/// hashes stays valid (a page whose size and time are unchanged keeps its stored hash; a page read
/// again is hashed anew, and its report is processed once more, with the same record). Record
/// lines of new states (``StateStore/LineHashing``) and match keys within a run use it too.
/// Shard assignment stays FNV-1a.
public enum XXHash64 {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// The hash of `bytes`.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// The hash of the bytes in memory.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var index = 0
        var hash: UInt64
        if count >= 32 {
            var lane1 = prime1 &+ prime2
            var lane2 = prime2
            var lane3: UInt64 = 0
            var lane4 = 0 &- prime1
            while index + 32 <= count {
                lane1 = round(lane1, word(bytes, index))
                lane2 = round(lane2, word(bytes, index + 8))
                lane3 = round(lane3, word(bytes, index + 16))
                lane4 = round(lane4, word(bytes, index + 24))
                index += 32
            }
            hash = rotate(lane1, 1) &+ rotate(lane2, 7) &+ rotate(lane3, 12) &+ rotate(lane4, 18)
            hash = merge(hash, lane1)
            hash = merge(hash, lane2)
            hash = merge(hash, lane3)
            hash = merge(hash, lane4)
        } else {
            hash = prime5
        }
        hash &+= UInt64(count)
        while index + 8 <= count {
            hash = rotate(hash ^ round(0, word(bytes, index)), 27) &* prime1 &+ prime4
            index += 8
        }
        if index + 4 <= count {
            let half = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt32.self)))
            hash = rotate(hash ^ (half &* prime1), 23) &* prime2 &+ prime3
            index += 4
        }
        while index < count {
            hash = rotate(hash ^ (UInt64(bytes[index]) &* prime5), 11) &* prime1
            index += 1
        }
        hash ^= hash >> 33
        hash &*= prime2
        hash ^= hash >> 29
        hash &*= prime3
        hash ^= hash >> 32
        return hash
    }

    @inline(__always)
    private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    private static func round(_ lane: UInt64, _ input: UInt64) -> UInt64 {
        rotate(lane &+ input &* prime2, 31) &* prime1
    }

    @inline(__always)
    private static func merge(_ hash: UInt64, _ lane: UInt64) -> UInt64 {
        (hash ^ round(0, lane)) &* prime1 &+ prime4
    }

    @inline(__always)
    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        value << bits | value >> (64 - bits)
    }
}
