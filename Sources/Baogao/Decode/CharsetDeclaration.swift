/// Finds the charset a page declares in a `<meta>` (`charset=gb2312`), looking only at its head.
public enum CharsetDeclaration {
    /// How far into the page to look.
    public static let window = 16 * 1024

    /// The declared charset, lower-cased, or nil when the page declares none.
    public static func find(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { bytes in
            let end = min(bytes.count, window)
            // Where the name can no longer start.
            let last = end - needle.count
            var index = 0
            while index < last {
                // `c` or `C` first (they differ in the case bit only), then the rest.
                if bytes[index] | 0x20 == UInt8(ascii: "c") && matches(bytes, at: index) {
                    var position = index + needle.count
                    while position < end && (bytes[position] == 0x20 || bytes[position] == 0x09) { position += 1 }
                    if position < end && bytes[position] == UInt8(ascii: "=") {
                        position += 1
                        while position < end && (bytes[position] == 0x20 || bytes[position] == 0x22 || bytes[position] == 0x27) {
                            position += 1
                        }
                        var value: [UInt8] = []
                        while position < end, isNameByte(bytes[position]), value.count < 40 {
                            value.append(lower(bytes[position]))
                            position += 1
                        }
                        if !value.isEmpty { return String(decoding: value, as: UTF8.self) }
                    }
                }
                index += 1
            }
            return nil
        }
    }

    /// Whether a charset name belongs to the GB family that GB18030 decodes (gb2312, gbk, cp936, …).
    public static func isGBFamily(_ charset: String) -> Bool {
        ["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312", "gb_2312-80", "x-euc-cn", "hz-gb-2312"]
            .contains(charset)
    }

    private static let needle = Array("charset".utf8)

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        for offset in 0..<needle.count where lower(bytes[index + offset]) != needle[offset] { return false }
        return true
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
