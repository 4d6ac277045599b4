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

    /// One line in normal form: NFKC, every run of whitespace one space, trimmed, no control characters.
    public static func normalize(_ line: String) -> String {
        let folded = line.precomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if scalar.properties.generalCategory == .format && scalar.value != 0x200D { continue }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
