import Glibc

/// Encodes test strings into legacy encodings with iconv, to build GBK and UTF-16 pages.
enum LegacyEncoding {
    /// The bytes of `text` in `encoding` (an iconv name such as `GBK`, `GB18030`, `UTF-16LE`).
    static func encode(_ text: String, as encoding: String) -> [UInt8] {
        let descriptor = iconv_open(encoding, "UTF-8")
        precondition(descriptor != iconv_t(bitPattern: -1), "iconv does not know \(encoding)")
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var inLeft = input.count
        var outLeft = output.count
        input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                precondition(status != -1, "cannot encode test text as \(encoding)")
            }
        }
        return Array(output[0..<(output.count - outLeft)])
    }
}
