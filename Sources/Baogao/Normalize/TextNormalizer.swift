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
            offset += paragraph.unicodeScalars.count + 1
        }
        return NormalizedReport(
            id: report.id, sources: report.sources, title: title, text: paragraphs.joined(separator: "\n"),
            headings: headings, publishedDate: report.publishedDate, encoding: report.encoding, warnings: report.warnings)
    }

    /// One line in normal form: NFKC, every run of whitespace one space, trimmed, no control or
    /// format characters (zero-width joiner kept). Works on UTF-8 bytes; Unicode properties are
    /// looked up only for scalars that are neither ASCII nor CJK.
    public static func normalize(_ line: String) -> String {
        var folded = CompatibilityFolding.nfkc(line)
        return folded.withUTF8 { utf8 in
            var output: [UInt8] = []
            output.reserveCapacity(utf8.count)
            var pendingSpace = false
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    index += 1
                    if byte <= 0x20 || byte == 0x7F {
                        pendingSpace = !output.isEmpty
                        continue
                    }
                    if pendingSpace {
                        output.append(0x20)
                        pendingSpace = false
                    }
                    output.append(byte)
                    continue
                }
                let length = min(byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2, utf8.count - index)
                let sequence = UnsafeBufferPointer(rebasing: utf8[index..<index + length])
                index += length
                if !(byte >= 0xE3 && byte <= 0xE9) {
                    // Not CJK (U+3000–U+9FFF start with E3–E9): look at the scalar's properties.
                    let scalar = String(decoding: sequence, as: UTF8.self).unicodeScalars.first!
                    if scalar.properties.isWhitespace {
                        pendingSpace = !output.isEmpty
                        continue
                    }
                    if scalar.properties.generalCategory == .format && scalar.value != 0x200D { continue }
                }
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                output.append(contentsOf: sequence)
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
