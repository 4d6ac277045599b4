/// The words that open a report's body.
private let metadataSalutations: [[Unicode.Scalar]] = ["各位代表", "各位委员", "同志们"].map(MetadataScan.pattern)

/// The parts of a report that metadata is read from, with spaces removed (`区 长 庄 红` → `区长庄红`).
///
/// Line breaks are kept. The header is the title plus the text before the salutation
/// (`各位代表`) when the salutation comes early or only short lines precede it, else the leading
/// short lines; the window is the first `windowLength` characters of the text.
///
/// `MetadataText<Character>` reads any text; `MetadataText<Unicode.Scalar>` is the fast reading of text
/// made only of standalone scalars (`StandaloneScalar`), where it holds the same characters.
public struct MetadataText<Glyph: MetadataGlyph>: Sendable {
    /// How many characters of the text are looked at.
    public static var windowLength: Int { 1_500 }
    /// How far into the window the salutation may be and still end the header.
    public static var salutationLimit: Int { 800 }
    /// How far into the window a salutation ends the header whatever the line lengths before it.
    public static var directSalutationLimit: Int { 200 }
    /// The longest line counted as a header line (title, dateline, speaker).
    public static var headerLineLimit: Int { 60 }

    /// The title, without spaces.
    public let title: [Glyph]
    /// The first `windowLength` characters of the text, without spaces.
    public let window: [Glyph]
    /// Where the header ends in `window`.
    public let headerEnd: Int
    /// The title, a line break, and `window[..<headerEnd]`.
    public let header: [Glyph]

    /// Prepares a title and window that are already compacted.
    init(compactTitle: [Glyph], window: [Glyph]) {
        title = compactTitle
        self.window = window
        let end = MetadataText.findHeaderEnd(window)
        headerEnd = end
        var header: [Glyph] = []
        header.reserveCapacity(compactTitle.count + 1 + end)
        header.append(contentsOf: compactTitle)
        header.append("\n")
        header.append(contentsOf: window[..<end])
        self.header = header
    }

    /// The window after the header.
    public var body: ArraySlice<Glyph> { window[headerEnd...] }

    /// Whether a glyph is a space that `compact` removes.
    @inline(__always)
    public static func isSpace<G: MetadataGlyph>(_ glyph: G) -> Bool {
        glyph == " " || glyph == "\t" || glyph == "\r" || glyph == "\u{3000}" || glyph == "\u{00A0}"
    }

    private static func findHeaderEnd(_ window: [Glyph]) -> Int {
        let limit = min(window.count, salutationLimit)
        var salutation: Int?
        var index = 0
        search: while index < limit {
            for word in metadataSalutations where MetadataScan.matches(word, in: window, at: index) {
                salutation = index
                break search
            }
            index += 1
        }
        let lines = leadingShortLinesEnd(window)
        guard let salutation else { return lines }
        // A salutation close to the start ends the header even on one long line (pages that lost
        // their line breaks); a later one only if every line before it is short, so that a passage
        // starting mid-report does not take its body for a header.
        if salutation <= directSalutationLimit { return salutation }
        return min(salutation, lines)
    }

    /// The end of the leading lines of at most `headerLineLimit` characters (title, dateline, speaker).
    private static func leadingShortLinesEnd(_ window: [Glyph]) -> Int {
        var end = 0
        var lineStart = 0
        var lines = 0
        while lineStart < window.count && lines < 8 {
            var lineEnd = lineStart
            while lineEnd < window.count && window[lineEnd] != "\n" { lineEnd += 1 }
            if lineEnd - lineStart > headerLineLimit { break }
            end = lineEnd
            if lineEnd > lineStart { lines += 1 }
            lineStart = lineEnd + 1
        }
        return end
    }
}

extension MetadataText where Glyph == Character {
    /// Prepares a report's title and text (any text).
    public init(title: String, text: String) {
        self.init(
            compactTitle: MetadataText.compact(title),
            window: MetadataText.compact(String(text.prefix(MetadataText.windowLength))))
    }

    /// Removes spaces (ASCII, ideographic, no-break), tabs and carriage returns; keeps line breaks.
    public static func compact(_ string: String) -> [Character] {
        var out: [Character] = []
        out.reserveCapacity(string.count)
        for character in string where !isSpace(character) {
            out.append(character)
        }
        return out
    }
}

extension MetadataText where Glyph == Unicode.Scalar {
    /// Prepares a report's title and text read as scalars, or nil when the title or the window holds a
    /// scalar that is not standalone (then `MetadataText<Character>` must read it).
    ///
    /// The window is cut after `windowLength` scalars, which are as many characters because the scalar
    /// after them is standalone too.
    public init?(standaloneTitle title: String, text: String) {
        var text = text
        guard let prepared = text.withUTF8({ MetadataText(standaloneTitle: title, utf8: $0) }) else { return nil }
        self = prepared
    }

    /// ``init(standaloneTitle:text:)`` of a text given as valid UTF-8 (a normalised report's,
    /// which is never made a String).
    init?(standaloneTitle title: String, utf8 text: UnsafeBufferPointer<UInt8>) {
        var compactTitle: [Unicode.Scalar] = []
        compactTitle.reserveCapacity(title.utf8.count)
        for scalar in title.unicodeScalars {
            guard StandaloneScalar.contains(scalar) else { return nil }
            if !MetadataText.isSpace(scalar) { compactTitle.append(scalar) }
        }
        var window: [Unicode.Scalar] = []
        window.reserveCapacity(min(text.count, MetadataText.windowLength))
        var taken = 0
        var index = 0
        while index < text.count {
            let lead = text[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= text.count,
                  let scalar = Unicode.Scalar(length == 1 ? UInt32(lead) : UTF8Validator.value(text, at: index, length: length)),
                  StandaloneScalar.contains(scalar) else { return nil }
            if taken == MetadataText.windowLength { break }
            taken += 1
            if !MetadataText.isSpace(scalar) { window.append(scalar) }
            index += length
        }
        self.init(compactTitle: compactTitle, window: window)
    }
}
