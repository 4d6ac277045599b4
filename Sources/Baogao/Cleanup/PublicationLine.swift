/// Recognises a short "published on" line near the title (`发布时间:2023-01-05 来源:…`).
enum PublicationLine {
    /// Words of publication details (looked for in the rules' pass over a key, ``KeyScan``).
    static let cueWords = ["发布时间", "发布日期", "发表时间", "时间:", "日期:", "来源:", "作者:", "浏览", "点击数", "字号"]

    /// Whether a line, given its match key and whether the key holds one of ``cueWords``, is a
    /// short line of publication details.
    static func isPublicationLine(_ key: String, hasCue: Bool) -> Bool {
        isPublicationLine(utf8: ArraySlice(key.utf8), hasCue: hasCue)
    }

    /// ``isPublicationLine(_:hasCue:)`` of a match key given as UTF-8.
    static func isPublicationLine(utf8 key: ArraySlice<UInt8>, hasCue: Bool) -> Bool {
        // At most 80 scalars (bytes that do not continue a character): cheap bounds on the byte
        // count first (a scalar is 1–4 bytes).
        guard hasCue, key.count <= 4 * 80 else { return false }
        return key.count <= 80 || key.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } <= 80
    }

    /// The first `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY年M月D日` in the text, as ISO.
    static func firstDate(in scalars: [Unicode.Scalar]) -> String? {
        var index = 0
        while index + 4 <= scalars.count {
            guard let year = number(scalars, &index, digits: 4) else { index += 1; continue }
            guard index < scalars.count, ["-", "/", ".", "年"].contains(scalars[index]) else { continue }
            index += 1
            guard let month = number(scalars, &index, digits: 2, minimum: 1), (1...12).contains(month) else { continue }
            guard index < scalars.count, ["-", "/", ".", "月"].contains(scalars[index]) else { continue }
            index += 1
            guard let day = number(scalars, &index, digits: 2, minimum: 1), (1...31).contains(day) else { continue }
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
        return nil
    }

    private static func number(_ scalars: [Unicode.Scalar], _ index: inout Int, digits: Int, minimum: Int? = nil) -> Int? {
        var value = 0
        var count = 0
        while index < scalars.count, count < digits, let digit = scalars[index].properties.numericType == .decimal ? Int(String(scalars[index])) : nil {
            value = value * 10 + digit
            count += 1
            index += 1
        }
        if count == 0 { return nil }
        if minimum == nil && count < digits { return nil }
        return value
    }
}
