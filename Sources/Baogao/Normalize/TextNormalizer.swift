import Foundation

/// The normalise stage: NFKC (the archive's form: ，；：（） become ASCII, 。、“” stay), whitespace
/// folded to single spaces and trimmed, empty paragraphs dropped, section headings found.
public struct TextNormalizer: Stage {
    public static let name = "normalize"

    /// Creates a normaliser.
    public init() {}

    /// Normalises one report.
    ///
    /// The paragraphs are normalised straight into the bytes of the report's text, counting their
    /// scalars as they go; only paragraphs that may open with a heading number become Strings of
    /// their own (a String per paragraph, a count and a join were a fifth of this stage).
    public func run(_ report: StitchedReport) -> NormalizedReport {
        let title = TextNormalizer.normalize(report.title)
        var text: [UInt8] = []
        text.reserveCapacity(report.paragraphUTF8.reduce(0) { $0 + $1.count + 1 })
        var headings: [Heading] = []
        var offset = 0
        for raw in report.paragraphUTF8 {
            let mark = text.count
            if mark > 0 { text.append(0x0A) }
            let start = text.count
            let scalars = raw.withUnsafeBufferPointer {
                report.paragraphsInNFKC ? TextNormalizer.appendFolded(nfkc: $0, to: &text) : TextNormalizer.appendNormalized(utf8: $0, to: &text)
            }
            guard scalars > 0 else {
                text.removeSubrange(mark...)
                continue
            }
            if HeadingDetector.mayOpenWithMarker(text[start...]),
               let heading = text.withUnsafeBufferPointer({ HeadingDetector.heading(inUTF8: UnsafeBufferPointer(rebasing: $0[start...]), start: offset) }) {
                headings.append(heading)
            }
            offset += scalars + 1
        }
        return NormalizedReport(
            id: report.id, sources: report.sources, title: title, textUTF8: text,
            headings: headings, publishedDate: report.publishedDate, encoding: report.encoding, warnings: report.warnings)
    }

    /// One line in normal form: NFKC, every run of whitespace one space, trimmed, no control or
    /// format characters (zero-width joiner kept).
    public static func normalize(_ line: String) -> String {
        var output: [UInt8] = []
        appendNormalized(line, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the normal form of `line` (see ``normalize(_:)``) to `output` and returns its
    /// length in scalars. Works on UTF-8 bytes; Unicode properties are looked up only for scalars
    /// that are neither ASCII nor CJK.
    @discardableResult
    static func appendNormalized(_ line: String, to output: inout [UInt8]) -> Int {
        var line = line
        return line.withUTF8 { appendNormalized(utf8: $0, to: &output) }
    }

    /// Appends the normal form of the valid UTF-8 `line` to `output`; see ``appendNormalized(_:to:)``.
    static func appendNormalized(utf8 line: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Int {
        CompatibilityFolding.withNFKC(utf8: line) { utf8, _ in appendFolded(nfkc: utf8, to: &output) }
    }

    /// Appends valid UTF-8 already in NFKC to `output` with white space folded and trimmed and
    /// control and format characters left out; returns its length in scalars.
    static func appendFolded(nfkc utf8: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Int {
        let start = output.count
        let count = utf8.count
        var scalars = 0
        var pendingSpace = false
        // Bytes from `runStart` on are kept as they are, and copied in one go when a byte that is
        // not kept ends the run (no nested function: one that captured the run's state kept it
        // in memory through the whole loop).
        var runStart = -1
        var index = 0
        while index < count {
            let byte = utf8[index]
            var length = 1
            var dropped = false
            if byte < 0x80 {
                if byte <= 0x20 || byte == 0x7F {
                    dropped = true
                    pendingSpace = true
                }
            } else {
                length = min(byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2, count - index)
                if !(byte >= 0xE3 && byte <= 0xE9) {
                    // Not CJK (U+3000–U+9FFF start with E3–E9): look at the scalar's properties.
                    let scalar = TextNormalizer.scalar(utf8, at: index, length: length)
                    if scalar.properties.isWhitespace {
                        dropped = true
                        pendingSpace = true
                    } else if scalar.properties.generalCategory == .format && scalar.value != 0x200D {
                        dropped = true
                    }
                }
            }
            if dropped {
                if runStart >= 0 {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    runStart = -1
                }
                // White space at the start is trimmed, not kept for later.
                if output.count == start { pendingSpace = false }
            } else {
                if runStart < 0 {
                    if pendingSpace {
                        output.append(0x20)
                        scalars += 1
                        pendingSpace = false
                    }
                    runStart = index
                }
                scalars += 1
            }
            index += length
        }
        if runStart >= 0 { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
        return scalars
    }

    /// The scalar whose `length` UTF-8 bytes start at `index` (the text is valid UTF-8).
    private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        guard length >= 2 else { return "\u{FFFD}" }
        return Unicode.Scalar(UTF8Validator.value(utf8, at: index, length: length)) ?? "\u{FFFD}"
    }
}
