#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts bytes in a legacy encoding to UTF-8 with the C library's `iconv`, replacing every
/// invalid or incomplete sequence with U+FFFD and going on — never truncating.
public enum IconvConverter {
    /// The result of a conversion.
    public struct Result: Sendable {
        /// The converted text as UTF-8.
        public var utf8: [UInt8]
        /// How many invalid sequences were replaced with U+FFFD.
        public var replacements: Int
    }

    /// Why a conversion could not start.
    public enum Failure: Error, Equatable {
        /// `iconv_open` does not know the encoding.
        case unsupportedEncoding(String)
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Converts `bytes` from `encoding` (an iconv name such as `GB18030`, `BIG5`, `UTF-16LE`) to UTF-8.
    ///
    /// - Parameter invalidUnit: how many bytes to skip at an invalid sequence (1 for multibyte
    ///   encodings, 2 for UTF-16).
    /// - Throws: ``Failure/unsupportedEncoding(_:)`` when iconv does not know `encoding`.
    public static func convert(_ bytes: [UInt8], from encoding: String, invalidUnit: Int = 1) throws -> Result {
        let descriptor = iconv_open("UTF-8", encoding)
        guard descriptor != iconv_t(bitPattern: -1) else { throw Failure.unsupportedEncoding(encoding) }
        defer { iconv_close(descriptor) }

        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var written = 0
        var replacements = 0
        bytes.withUnsafeBufferPointer { input in
            var consumed = 0
            while consumed < input.count {
                var inLeft = input.count - consumed
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                    mutating: input.baseAddress! + consumed).assumingMemoryBound(to: CChar.self)
                var outLeft = output.count - written
                let status: Int = output.withUnsafeMutableBufferPointer { out in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        out.baseAddress! + written).assumingMemoryBound(to: CChar.self)
                    return iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                }
                let error = errno
                written = output.count - outLeft
                consumed = input.count - inLeft
                if status != -1 { break }
                switch error {
                case E2BIG:
                    output.append(contentsOf: repeatElement(0, count: max(output.count, 64)))
                case EILSEQ, EINVAL:
                    if output.count - written < replacement.count {
                        output.append(contentsOf: repeatElement(0, count: 64))
                    }
                    for byte in replacement {
                        output[written] = byte
                        written += 1
                    }
                    replacements += 1
                    consumed = min(input.count, consumed + invalidUnit)
                    iconv(descriptor, nil, nil, nil, nil)
                default:
                    consumed = input.count
                }
            }
        }
        output.removeSubrange(written...)
        return Result(utf8: output, replacements: replacements)
    }
}
