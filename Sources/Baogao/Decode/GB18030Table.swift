#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030's one- and two-byte sequences (all of GBK and GB2312) decoded by a table built once
/// from iconv itself, so the result is iconv's.
///
/// glibc's converter goes through UCS-4 one character at a time; a table look-up per character
/// is several times faster, and half of an archive can be GBK. A page with anything else — a
/// four-byte sequence, an invalid or cut-off byte — is left to ``IconvConverter``, which
/// replaces what is invalid exactly as before.
enum GB18030Table {
    /// Lead bytes of two-byte sequences.
    private static let leads: ClosedRange<UInt8> = 0x81...0xFE
    /// Trail bytes of two-byte sequences (0x7F among them is never valid).
    private static let trails: ClosedRange<UInt8> = 0x40...0xFE

    /// The UTF-8 of each two-byte sequence: up to three bytes, low byte first, and the length in
    /// the top byte; 0 when the pair is no two-byte sequence, iconv rejects it, or maps it to more
    /// than three bytes.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 1 << 16)
        let descriptor = iconv_open("UTF-8", "GB18030")
        guard descriptor != iconv_t(bitPattern: -1) else { return table }
        defer { iconv_close(descriptor) }
        // A lead byte's pairs go to iconv in one call, each followed by a line feed that ends its
        // UTF-8: a call per pair was about 20 M instructions, a tenth of a small run's start-up,
        // on the first GBK page. A pair iconv rejects stops the call; it keeps its 0 and the
        // conversion goes on after it.
        let pairs = trails.count
        var input = [UInt8](repeating: 0x0A, count: 3 * pairs)
        var output = [UInt8](repeating: 0, count: 5 * pairs)
        for lead in leads {
            for (offset, trail) in trails.enumerated() {
                input[3 * offset] = lead
                input[3 * offset + 1] = trail
            }
            var pair = 0
            while pair < pairs {
                var inLeft = 3 * (pairs - pair)
                var outLeft = output.count
                let failed = input.withUnsafeMutableBufferPointer { inBuffer in
                    output.withUnsafeMutableBufferPointer { outBuffer in
                        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress! + 3 * pair)
                            .assumingMemoryBound(to: CChar.self)
                        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                            .assumingMemoryBound(to: CChar.self)
                        return iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) == -1
                    }
                }
                iconv(descriptor, nil, nil, nil, nil)
                // The pairs converted, each one's UTF-8 ended by its line feed.
                let converted = pairs - pair - (inLeft + 2) / 3
                var start = 0
                for _ in 0..<converted {
                    var end = start
                    while output[end] != 0x0A { end += 1 }
                    let length = end - start
                    if (1...3).contains(length) {
                        var entry = UInt32(length) << 24
                        for offset in 0..<length { entry |= UInt32(output[start + offset]) << (8 * UInt32(offset)) }
                        table[index(lead, trails.lowerBound + UInt8(pair))] = entry
                    }
                    start = end + 1
                    pair += 1
                }
                // The pair iconv stopped at (or a call that made no progress) is skipped.
                if failed || converted == 0 { pair += 1 }
            }
        }
        return table
    }()

    /// A sequence's place in the table: every pair of bytes has one (entries outside the lead and
    /// trail ranges stay 0), so conversion needs no range tests (a third of its instructions).
    @inline(__always)
    private static func index(_ lead: UInt8, _ trail: UInt8) -> Int {
        Int(lead) << 8 | Int(trail)
    }

    /// `bytes` converted to UTF-8, or nil when they hold anything but ASCII and valid two-byte
    /// sequences of the table (the caller then converts them with iconv).
    static func convert(_ bytes: [UInt8]) -> [UInt8]? {
        table.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { input -> [UInt8]? in
                let count = input.count
                var failed = false
                // Two bytes become at most three; four more bytes of room let every entry be
                // stored as one 32-bit word before the length says how many count.
                let output = [UInt8](unsafeUninitializedCapacity: count + count / 2 + 4) { out, written in
                    var index = 0
                    var length = 0
                    while index < count {
                        let byte = input[index]
                        if byte < 0x80 {
                            // Runs of ASCII (most of the markup) are copied whole.
                            let asciiEnd = UTF8Validator.afterASCIIWords(input, from: index)
                            if asciiEnd > index {
                                (out.baseAddress! + length).update(from: input.baseAddress! + index, count: asciiEnd - index)
                                length += asciiEnd - index
                                index = asciiEnd
                                continue
                            }
                            out[length] = byte
                            length += 1
                            index += 1
                            continue
                        }
                        guard index + 1 < count else {
                            failed = true
                            break
                        }
                        let entry = table[GB18030Table.index(byte, input[index + 1])]
                        guard entry != 0 else {
                            failed = true
                            break
                        }
                        // Low byte first: the UTF-8 bytes land in order (the fourth, the length, is
                        // overwritten by what follows or left beyond `written`).
                        UnsafeMutableRawPointer(out.baseAddress! + length).storeBytes(of: entry.littleEndian, as: UInt32.self)
                        length += Int(entry >> 24)
                        index += 2
                    }
                    written = length
                }
                return failed ? nil : output
            }
        }
    }
}
