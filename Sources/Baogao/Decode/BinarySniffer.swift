/// Tells text from binary data and spots UTF-16 without a byte-order mark.
public enum BinarySniffer {
    /// How many leading bytes are examined.
    public static let window = 4096

    /// Whether UTF-8 text holds so many control characters (other than tab, newline, carriage
    /// return, form feed) or replacement characters that it cannot be a web page.
    public static func looksBinary(_ utf8: [UInt8]) -> Bool {
        let end = min(utf8.count, window)
        guard end > 0 else { return false }
        var control = 0
        var replacement = 0
        var index = 0
        while index < end {
            let byte = utf8[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
            if byte == 0xEF && index + 2 < end && utf8[index + 1] == 0xBF && utf8[index + 2] == 0xBD {
                replacement += 1
                index += 3
                continue
            }
            index += 1
        }
        return control * 20 > end || replacement * 3 * 8 > end
    }

    /// `UTF-16LE` or `UTF-16BE` when the bytes look like UTF-16 without a BOM (many NULs in
    /// alternate positions), else nil.
    public static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, window) & ~1
        guard end >= 16 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for index in stride(from: 0, to: end, by: 2) {
            if bytes[index] == 0 { evenZeros += 1 }
            if bytes[index + 1] == 0 { oddZeros += 1 }
        }
        let pairs = end / 2
        if oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs { return "UTF-16LE" }
        if evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs { return "UTF-16BE" }
        return nil
    }
}
