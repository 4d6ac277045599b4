#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decode stage: turns a page's bytes into UTF-8, whatever it declares, never truncating.
///
/// Order of evidence: a byte-order mark; bytes that are valid UTF-8 (whatever the page declares);
/// bytes that are UTF-8 but for a few bad sequences; a declared GB-family charset, read as GB18030
/// (a superset of GB2312 and GBK); another declared charset iconv knows; else GB18030. Invalid
/// sequences become U+FFFD and are counted, and NUL bytes are removed and counted.
public struct CharsetDecoder: Stage {
    public static let name = "decode"

    /// The encoding assumed for undeclared, non-UTF-8 pages.
    public var fallbackEncoding: String

    /// Creates a decoder.
    public init(fallbackEncoding: String = "gb18030") {
        self.fallbackEncoding = fallbackEncoding
    }

    /// Decodes one page.
    ///
    /// - Throws: ``StageError`` with reason `empty_file` or `binary_data`.
    public func run(_ page: RawPage) throws -> DecodedPage {
        let bytes = page.bytes
        guard !bytes.isEmpty else { throw StageError("empty_file", "the file is empty (0 bytes)") }
        let declared = CharsetDeclaration.find(in: bytes)
        let (encoding, result) = try decode(bytes, declared: declared)
        var utf8 = result.utf8
        let before = utf8.count
        let hasNUL = utf8.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }
        if hasNUL { utf8.removeAll(where: { $0 == 0 }) }
        let removed = before - utf8.count
        if utf8.isEmpty && removed > 0 {
            throw StageError("binary_data", "the file is not text: nothing but NUL bytes (\(removed)) after decoding as \(encoding)")
        }
        if utf8.isEmpty {
            throw StageError("empty_file", "the file holds no text: nothing is left after decoding as \(encoding)")
        }
        if BinarySniffer.looksBinary(utf8) {
            throw StageError(
                "binary_data", "the file is not text: too many control characters or invalid byte sequences after decoding as \(encoding)")
        }
        return DecodedPage(
            source: page.source, utf8: utf8, encoding: encoding, declaredCharset: declared,
            replacements: result.replacements, removedNULs: removed)
    }

    private func decode(_ bytes: [UInt8], declared: String?) throws -> (String, IconvConverter.Result) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            // A UTF-8 BOM before bytes that are mostly not UTF-8 lies, like a wrong <meta>: the
            // rest is decoded as if it had no BOM.
            let rest = Array(bytes.dropFirst(3))
            if UTF8Validator.isValid(rest) { return ("utf-8", IconvConverter.Result(utf8: rest, replacements: 0)) }
            if UTF8Validator.isMostlyUTF8(rest, sequencesPerInvalid: 2, minimumSequences: 0) { return ("utf-8", repaired(rest)) }
            return try decodeUnmarked(rest, declared: declared)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return ("utf-16le", try IconvConverter.convert(Array(bytes.dropFirst(2)), from: "UTF-16LE", invalidUnit: 2))
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return ("utf-16be", try IconvConverter.convert(Array(bytes.dropFirst(2)), from: "UTF-16BE", invalidUnit: 2))
        }
        return try decodeUnmarked(bytes, declared: declared)
    }

    /// Decodes bytes without a byte-order mark (never recursive: a page of a million BOMs is flat).
    private func decodeUnmarked(_ bytes: [UInt8], declared: String?) throws -> (String, IconvConverter.Result) {
        if let utf16 = BinarySniffer.utf16WithoutBOM(bytes) {
            return (utf16.lowercased(), try IconvConverter.convert(bytes, from: utf16, invalidUnit: 2))
        }
        if UTF8Validator.isValid(bytes) {
            return ("utf-8", IconvConverter.Result(utf8: bytes, replacements: 0))
        }
        // A page that says UTF-8 and is mostly well-formed UTF-8 is UTF-8 with damage (GBK text
        // read as UTF-8 has far more invalid bytes than valid sequences); one that does not say
        // so must be nearly all well-formed.
        let saysUTF8 = declared == "utf-8" || declared == "utf8"
        if UTF8Validator.isMostlyUTF8(bytes, sequencesPerInvalid: saysUTF8 ? 2 : 50, minimumSequences: 8) {
            return ("utf-8", repaired(bytes))
        }
        if let declared, declared != "utf-8", declared != "utf8", !CharsetDeclaration.isGBFamily(declared),
           let result = try? IconvConverter.convert(bytes, from: declared.uppercased()) {
            return (declared, result)
        }
        let fallback = fallbackEncoding.uppercased()
        if fallback == "GB18030", let utf8 = GB18030Table.convert(bytes) {
            return (fallbackEncoding, IconvConverter.Result(utf8: utf8, replacements: 0))
        }
        return (fallbackEncoding, try IconvConverter.convert(bytes, from: fallback))
    }

    /// Valid UTF-8 from almost-UTF-8 that the caller found invalid. Not iconv: glibc's UTF-8
    /// decoder lets encoded surrogates through (a fuzzer finding), and its output would not be
    /// valid UTF-8.
    private func repaired(_ bytes: [UInt8]) -> IconvConverter.Result {
        let repaired = UTF8Validator.repaired(bytes)
        return IconvConverter.Result(utf8: repaired.utf8, replacements: repaired.replacements)
    }
}
