import Foundation

/// The normalise stage: NFKC (the archive's form: ，；：（） become ASCII, 。、“” stay), whitespace
/// folded to single spaces and trimmed, empty paragraphs dropped, section headings found.
public struct TextNormalizer: Stage {
    public static let name = "normalize"

    /// Creates a normaliser.
    public init() {}

    /// Normalises one report.
    public func run(_ report: StitchedReport) -> NormalizedReport {
        let title = TextNormalizer.normalize(report.title)
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(report.paragraphs.count)
        var headings: [Heading] = []
        var offset = 0
        for raw in report.paragraphs {
            let paragraph = TextNormalizer.normalize(raw)
            guard !paragraph.isEmpty else { continue }
            if let heading = HeadingDetector.heading(in: paragraph, start: offset) { headings.append(heading) }
            paragraphs.append(paragraph)
            offset += TextNormalizer.scalarCount(paragraph) + 1
        }
        return NormalizedReport(
            id: report.id, sources: report.sources, title: title, text: paragraphs.joined(separator: "\n"),
            headings: headings, publishedDate: report.publishedDate, encoding: report.encoding, warnings: report.warnings)
    }

    /// One line in normal form: NFKC, every run of whitespace one space, trimmed, no control or
    /// format characters (zero-width joiner kept). Works on UTF-8 bytes; Unicode properties are
    /// looked up only for scalars that are neither ASCII nor CJK.
    public static func normalize(_ line: String) -> String {
        CompatibilityFolding.withNFKC(line) { utf8, _ in
            var output: [UInt8] = []
            output.reserveCapacity(utf8.count)
            var pendingSpace = false
            // Bytes from `runStart` on are kept as they are, and copied in one go.
            var runStart = -1
            func endRun(at end: Int) {
                if runStart >= 0 { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
                runStart = -1
            }
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                var length = 1
                if byte < 0x80 {
                    if byte <= 0x20 || byte == 0x7F {
                        endRun(at: index)
                        pendingSpace = !output.isEmpty
                        index += 1
                        continue
                    }
                } else {
                    length = min(byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2, utf8.count - index)
                    if !(byte >= 0xE3 && byte <= 0xE9) {
                        // Not CJK (U+3000–U+9FFF start with E3–E9): look at the scalar's properties.
                        let scalar = TextNormalizer.scalar(utf8, at: index, length: length)
                        if scalar.properties.isWhitespace {
                            endRun(at: index)
                            pendingSpace = !output.isEmpty
                            index += length
                            continue
                        }
                        if scalar.properties.generalCategory == .format && scalar.value != 0x200D {
                            endRun(at: index)
                            index += length
                            continue
                        }
                    }
                }
                if runStart < 0 {
                    if pendingSpace {
                        output.append(0x20)
                        pendingSpace = false
                    }
                    runStart = index
                }
                index += length
            }
            endRun(at: utf8.count)
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The number of Unicode scalars of `text`: its UTF-8 bytes that do not continue a sequence.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { utf8 in
            var continuations = 0
            for byte in utf8 { continuations &+= byte & 0xC0 == 0x80 ? 1 : 0 }
            return utf8.count - continuations
        }
    }

    /// The scalar whose `length` UTF-8 bytes start at `index` (the text is valid UTF-8).
    private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        guard length >= 2 else { return "\u{FFFD}" }
        return Unicode.Scalar(UTF8Validator.value(utf8, at: index, length: length)) ?? "\u{FFFD}"
    }
}
