/// The parts of a report that metadata is read from, with spaces removed (`区 长 庄 红` → `区长庄红`).
///
/// Line breaks are kept. The header is the title plus the text before the salutation
/// (`各位代表`) when the salutation comes early or only short lines precede it, else the leading
/// short lines; the window is the first `windowLength` characters of the text.
public struct MetadataText: Sendable {
    /// How many characters of the text are looked at.
    public static let windowLength = 1_500
    /// How far into the window the salutation may be and still end the header.
    public static let salutationLimit = 800
    /// How far into the window a salutation ends the header whatever the line lengths before it.
    public static let directSalutationLimit = 200
    /// The longest line counted as a header line (title, dateline, speaker).
    public static let headerLineLimit = 60

    /// The title, without spaces.
    public let title: [Character]
    /// The first `windowLength` characters of the text, without spaces.
    public let window: [Character]
    /// Where the header ends in `window`.
    public let headerEnd: Int
    /// The title, a line break, and `window[..<headerEnd]`.
    public let header: [Character]

    /// Prepares a report's title and text.
    public init(title: String, text: String) {
        self.title = MetadataText.compact(title)
        let window = MetadataText.compact(String(text.prefix(MetadataText.windowLength)))
        self.window = window
        let end = MetadataText.findHeaderEnd(window)
        headerEnd = end
        header = self.title + ["\n"] + window[..<end]
    }

    /// The window after the header.
    public var body: ArraySlice<Character> { window[headerEnd...] }

    /// Removes spaces (ASCII, ideographic, no-break), tabs and carriage returns; keeps line breaks.
    public static func compact(_ string: String) -> [Character] {
        var out: [Character] = []
        out.reserveCapacity(string.count)
        for character in string where !isSpace(character) {
            out.append(character)
        }
        return out
    }

    /// Whether a character is a space that `compact` removes.
    public static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\r" || character == "\u{3000}" || character == "\u{00A0}"
    }

    private static let salutations: [[Character]] = [Array("各位代表"), Array("各位委员"), Array("同志们")]

    private static func findHeaderEnd(_ window: [Character]) -> Int {
        let limit = min(window.count, salutationLimit)
        var salutation: Int?
        var index = 0
        search: while index < limit {
            for word in salutations where MetadataScan.matches(word, in: window, at: index) {
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
    private static func leadingShortLinesEnd(_ window: [Character]) -> Int {
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
