import Foundation

/// NFKC, fast for Chinese web text: a table of the compatibility mappings of the scalars such
/// text uses (full-width forms, ideographic space, CJK compatibility ideographs, circled and
/// parenthesised numbers, …), built once from Foundation's own NFKC, so the result is Foundation's.
///
/// It works on UTF-8 bytes: ASCII and CJK ideographs are copied as they are, tabled scalars are
/// replaced by their mapping's bytes. Text with anything the table cannot decide alone —
/// combining marks, Hangul jamo, halfwidth voiced sound marks, scalars outside the tabled ranges —
/// goes to Foundation whole. Nearly every Chinese paragraph has full-width punctuation, so is not
/// NFKC already; this pass was 5× faster than Foundation per paragraph (perf, benchmark archive).
public enum CompatibilityFolding {
    /// The tabled scalars: Latin-1 to CJK compatibility, and CJK compatibility ideographs to the
    /// half- and full-width forms.
    private static let lowRange: ClosedRange<UInt32> = 0x0080...0x33FF
    private static let highRange: ClosedRange<UInt32> = 0xF900...0xFFEF

    /// The mappings of the tabled scalars, flat (a dictionary look-up per scalar was a tenth of the
    /// cost): one entry per scalar of the two ranges in order, ``unknown`` for scalars that send the
    /// text to Foundation, else the mapping's offset in ``mappingBytes`` times 256 plus its length
    /// (length 0: the scalar is its own NFKC).
    ///
    /// Foundation is asked only about the scalars that may change: one that the standard library
    /// says does not change under NFKC_Casefold is its own NFKC (NFKC_Casefold(x) is an NFKC form,
    /// so it equals x only when x is one). That leaves 4,600 of the 15,000 scalars to Foundation
    /// and took the table's build, a start-up thread's work, from 40 M to 26 M instructions
    /// (callgrind).
    private static let (entries, mappingBytes): ([UInt32], [UInt8]) = {
        let values = Array(lowRange) + Array(highRange)
        let asked = values.filter { value in Unicode.Scalar(value).map { !isOwnNFKC($0) } ?? false }
        let answers = foundationNFKC(of: asked)
        var next = 0
        var entries: [UInt32] = []
        entries.reserveCapacity(values.count)
        var bytes: [UInt8] = []
        for value in values {
            guard let scalar = Unicode.Scalar(value) else {
                entries.append(unknown)
                continue
            }
            let folded: [UInt8]?
            if next < asked.count && asked[next] == value {
                folded = answers[next].flatMap { mapping(of: scalar, nfkc: $0) }
                next += 1
            } else {
                folded = mapping(of: scalar, nfkc: nil)
            }
            guard let mapping = folded, mapping.count < 256 else {
                entries.append(unknown)
                continue
            }
            entries.append(UInt32(bytes.count) << 8 | UInt32(mapping.count))
            bytes.append(contentsOf: mapping)
        }
        return (entries, bytes)
    }()

    /// Whether the standard library's properties show that `scalar` is its own NFKC form.
    private static func isOwnNFKC(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.canonicalCombiningClass == .notReordered && !scalar.properties.changesWhenNFKCCaseFolded
    }

    /// Foundation's NFKC of each scalar value (nil for values that are not scalars or are not
    /// starters). One call on all of them, a line each: a line break is a starter that composes
    /// with nothing, so NFKC of the lines is the lines' NFKC; one call per scalar was a fifth of
    /// a small run's start-up. Should the lines ever not come back one for one, each scalar is
    /// asked alone.
    private static func foundationNFKC(of values: [UInt32]) -> [String?] {
        let starters: [Unicode.Scalar?] = values.map { value in
            Unicode.Scalar(value).flatMap { $0.properties.canonicalCombiningClass == .notReordered ? $0 : nil }
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(values.count * 4)
        for scalar in starters {
            if let scalar { UTF8.encode(scalar) { joined.append($0) } }
            joined.append(UInt8(ascii: "\n"))
        }
        var folded = String(decoding: joined, as: UTF8.self).precomposedStringWithCompatibilityMapping
        var lines: [String] = []
        lines.reserveCapacity(starters.count + 1)
        folded.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        }
        guard lines.count == starters.count + 1 else {
            return starters.map { $0.map { String($0).precomposedStringWithCompatibilityMapping } }
        }
        return zip(starters, lines).map { scalar, line in scalar == nil ? nil : line }
    }
    /// The entry of a scalar the table cannot decide alone.
    private static let unknown = UInt32.max

    /// The entry of a scalar in `entries` (``entries``, read once per text: each read of a lazy
    /// static goes through `swift_once`), ``unknown`` when outside the tabled ranges.
    @inline(__always)
    private static func entry(of value: UInt32, in entries: [UInt32]) -> UInt32 {
        if lowRange.contains(value) { return entries[Int(value - lowRange.lowerBound)] }
        if highRange.contains(value) { return entries[Int(value - highRange.lowerBound) + lowRange.count] }
        return unknown
    }

    /// The mapping of a tabled scalar whose NFKC is `mapped` (nil: the scalar itself): empty when
    /// the scalar is its own NFKC, nil when the text must go to Foundation, else the UTF-8 bytes
    /// of its NFKC form.
    private static func mapping(of scalar: Unicode.Scalar, nfkc mapped: String?) -> [UInt8]? {
        if scalar.properties.canonicalCombiningClass != .notReordered { return nil }
        switch scalar.value {
        case 0x1100...0x11FF, 0x3131...0x318E, 0xFFA0...0xFFDC, 0xFF9E, 0xFF9F: return nil
        default: break
        }
        guard let mapped else { return [] }
        if mapped.unicodeScalars.elementsEqual([scalar]) { return [] }
        if mapped.unicodeScalars.contains(where: {
            $0.properties.canonicalCombiningClass != .notReordered || (0x1100...0x11FF).contains($0.value)
        }) {
            return nil
        }
        return Array(mapped.utf8)
    }

    /// Builds the table on a thread of its own while the caller goes on; its first user waits for it.
    public static func prepareInBackground() {
        Thread.detachNewThread { _ = entries.count }
    }

    /// The NFKC form of `text` (equal to Foundation's `precomposedStringWithCompatibilityMapping`).
    public static func nfkc(_ text: String) -> String {
        withNFKC(text) { utf8, changed in changed ? String(decoding: utf8, as: UTF8.self) : text }
    }

    /// Calls `body` with the UTF-8 bytes of the NFKC form of `text`, and whether they differ from
    /// `text`'s, without making a String of them.
    static func withNFKC<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, _ changed: Bool) -> Result) -> Result {
        var text = text
        return text.withUTF8 { withNFKC(utf8: $0, body) }
    }

    /// Calls `body` with the UTF-8 bytes of the NFKC form of valid UTF-8 `utf8`, and whether they
    /// differ from `utf8`.
    static func withNFKC<Result>(utf8: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, _ changed: Bool) -> Result) -> Result {
        guard let folded = nfkc(utf8: utf8) else {
            var composed = String(decoding: utf8, as: UTF8.self).precomposedStringWithCompatibilityMapping
            return composed.withUTF8 { body($0, true) }
        }
        if folded.isEmpty { return body(utf8, false) }
        return folded.withUnsafeBufferPointer { body($0, true) }
    }

    /// The NFKC form of valid UTF-8 as bytes of its own, or nil when it is the text itself.
    static func nfkcIfChanged(utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let folded = nfkc(utf8: utf8) else {
            return Array(String(decoding: utf8, as: UTF8.self).precomposedStringWithCompatibilityMapping.utf8)
        }
        return folded.isEmpty ? nil : folded
    }

    /// The NFKC form of UTF-8 bytes; nil when only Foundation can decide, and empty when the
    /// text is its own NFKC form (so the caller can keep it).
    static func nfkc(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        var copiedUpTo = 0
        var index = 0
        let count = bytes.count
        let entries = entries
        let mappingBytes = mappingBytes
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // Most of the text: U+4000–U+9FFF (CJK ideographs, extension A, the Yijing hexagrams),
            // which NFKC keeps, read from the lead byte alone.
            if lead >= 0xE4 && lead <= 0xE9 && index + 3 <= count {
                index += 3
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= count else { return nil }
            let value = UTF8Validator.value(bytes, at: index, length: length)
            if (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
                || (value >= 0xAC00 && value <= 0xD7A3) || (value >= 0x20000 && value <= 0x2A6DF) {
                index += length
                continue
            }
            let entry = entry(of: value, in: entries)
            guard entry != unknown else { return nil }
            if entry & 0xFF != 0 {
                if output.isEmpty { output.reserveCapacity(count) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
                let start = Int(entry >> 8)
                output.append(contentsOf: mappingBytes[start..<start + Int(entry & 0xFF)])
                copiedUpTo = index + length
            }
            index += length
        }
        if copiedUpTo == 0 { return [] }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<count]))
        return output
    }
}
