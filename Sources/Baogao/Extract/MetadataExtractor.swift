/// Reads a report's metadata (region, date, year, speaker, meeting) from its title and the start of its text.
///
/// Only the title and the first `MetadataText.windowLength` characters are read, so the cost
/// per report is small and independent of the report's length.
public struct MetadataExtractor: Sendable {
    /// The divisions that regions are resolved against.
    public let gazetteer: Gazetteer
    private let resolver: RegionResolver
    private let dates = MetadataDateFinder()
    private let speakers = MetadataSpeakerFinder()
    private let meetings = MetadataMeetingFinder()

    /// Creates an extractor over a gazetteer.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        resolver = RegionResolver(gazetteer: gazetteer)
    }

    /// Metadata of a report from its title (may be empty) and its main text (NFKC-normalised, paragraphs joined by "\n").
    ///
    /// Text made only of standalone scalars (almost every report) is read as scalars, any other as characters;
    /// both readings give the same metadata.
    public func extract(title: String, text: String) -> ReportMetadata {
        if let prepared = MetadataText<Unicode.Scalar>(standaloneTitle: title, text: text) {
            return extract(prepared)
        }
        return extract(MetadataText<Character>(title: title, text: text))
    }

    /// ``extract(title:text:)`` of a text given as valid UTF-8 (a normalised report's): a String
    /// of it is made only when its first characters are not all standalone scalars.
    func extract(title: String, utf8 text: [UInt8]) -> ReportMetadata {
        if let prepared = text.withUnsafeBufferPointer({ MetadataText<Unicode.Scalar>(standaloneTitle: title, utf8: $0) }) {
            return extract(prepared)
        }
        return extract(MetadataText<Character>(title: title, text: String(decoding: text, as: UTF8.self)))
    }

    /// Metadata of a prepared report.
    public func extract<G: MetadataGlyph>(_ prepared: MetadataText<G>) -> ReportMetadata {
        let date = dates.deliveryDate(in: prepared.header)
        let year = date?.year ?? dates.titleYear(in: prepared.header)
        let gazetteer = self.gazetteer
        let speaker = speakers.speaker(in: prepared.header) { gazetteer.isName($0) }
        let region = resolver.resolve(prepared, year: year, role: speaker?.role)
        return ReportMetadata(
            region: region, reportDate: date?.iso, reportYear: year, speaker: speaker,
            meeting: meetings.meeting(in: prepared.header))
    }
}
