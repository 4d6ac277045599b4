/// Recognises section headings by their numbering: `一、` (level 1), `(一)` (2), `1.`/`1、` (3), `(1)` (4).
public enum HeadingDetector {
    /// Headings longer than this (before a 。) are prose that starts with a list marker.
    public static let maxTitleLength = 60
    /// Enough scalars to decide on a marker: the longest, `(四十五)`, and the one after `1.`.
    private static let markerWindow = 8

    /// Whether a paragraph of UTF-8 `bytes` may open with a heading number: its first scalar is
    /// `(`, an ASCII digit or a Chinese digit (the test ``heading(in:start:)`` starts with, on bytes).
    static func mayOpenWithMarker(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let lead = bytes.first else { return false }
        if lead < 0x80 { return opensMarker(Unicode.Scalar(lead)) }
        guard lead & 0xF0 == 0xE0, bytes.count >= 3 else { return false }
        let start = bytes.startIndex
        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6 | UInt32(bytes[start + 2] & 0x3F)
        return Unicode.Scalar(value).map(opensMarker) ?? false
    }

    /// Whether a heading number may start with `scalar`: `(`, an ASCII digit or a Chinese digit.
    private static func opensMarker(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || isChineseDigit(scalar) || isASCIIDigit(scalar)
    }

    /// Whether `scalar` is one of 一二三四五六七八九十〇零 (a `switch`: a `Set` hashed each scalar
    /// with SipHash, and the detector's calls cost 6,900 instructions each).
    private static func isChineseDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零": return true
        default: return false
        }
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// The heading a normalised paragraph starts with, or nil.
    public static func heading(in paragraph: String, start: Int) -> Heading? {
        var paragraph = paragraph
        return paragraph.withUTF8 { heading(inUTF8: $0, start: start) }
    }

    /// The heading a normalised paragraph of valid UTF-8 starts with, or nil: its first scalars
    /// decoded from the bytes once, the marker and title cut from the bytes (a String of each
    /// candidate paragraph read through its scalar view, twice, cost 12,000 instructions a call).
    static func heading(inUTF8 bytes: UnsafeBufferPointer<UInt8>, start: Int) -> Heading? {
        // Every marker starts with `(`, a Chinese digit or an ASCII digit, and is decided by the
        // first few scalars: most paragraphs are ruled out before the longer prefix is read.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(maxTitleLength + 8)
        // Where each scalar in `scalars` starts, and then where the last one ends.
        var offsets: [Int] = [0]
        offsets.reserveCapacity(maxTitleLength + 9)
        func decode(upTo limit: Int) {
            var index = offsets[offsets.count - 1]
            while scalars.count < limit && index < bytes.count {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                scalars.append(Unicode.Scalar(length == 1 ? UInt32(lead) : UTF8Validator.value(bytes, at: index, length: length))!)
                index += length
                offsets.append(index)
            }
        }
        decode(upTo: markerWindow)
        guard let first = scalars.first, opensMarker(first), marker(scalars) != nil else { return nil }
        decode(upTo: maxTitleLength + 8)
        guard let (level, markerLength) = marker(scalars) else { return nil }
        let rest = scalars[markerLength...]
        let end = rest.firstIndex(where: { $0 == "。" || $0 == "!" || $0 == "?" }) ?? rest.endIndex
        guard end > markerLength, end - markerLength <= maxTitleLength else { return nil }
        if end == rest.endIndex && offsets[end] != bytes.count { return nil }
        return Heading(
            level: level, marker: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<offsets[markerLength]]), as: UTF8.self),
            title: String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets[markerLength]..<offsets[end]]), as: UTF8.self),
            start: start)
    }

    private static func marker(_ scalars: [Unicode.Scalar]) -> (level: Int, length: Int)? {
        guard let first = scalars.first else { return nil }
        if first == "(" {
            var index = 1
            if index < scalars.count, isChineseDigit(scalars[index]) {
                while index < scalars.count, isChineseDigit(scalars[index]) { index += 1 }
                if index < scalars.count, scalars[index] == ")", index <= 4 { return (2, index + 1) }
                return nil
            }
            while index < scalars.count, isASCIIDigit(scalars[index]) { index += 1 }
            if index > 1, index <= 3, index < scalars.count, scalars[index] == ")" { return (4, index + 1) }
            return nil
        }
        var index = 0
        if isChineseDigit(first) {
            while index < scalars.count, isChineseDigit(scalars[index]) { index += 1 }
            if index <= 3, index < scalars.count, scalars[index] == "、" { return (1, index + 1) }
            return nil
        }
        while index < scalars.count, isASCIIDigit(scalars[index]) { index += 1 }
        if index >= 1, index <= 2, index < scalars.count, scalars[index] == "、" || scalars[index] == "." {
            // `1.5亿元` is a number, not a heading: the marker must not be followed by a digit.
            if index + 1 < scalars.count, scalars[index + 1].properties.numericType == .decimal { return nil }
            return (3, index + 1)
        }
        return nil
    }
}
