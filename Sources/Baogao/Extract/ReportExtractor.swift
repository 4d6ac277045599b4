/// The extract stage: report metadata (region, date, speaker, meeting) and numeric entities.
public struct ReportExtractor: Stage {
    public static let name = "extract"

    public var metadata: MetadataExtractor
    /// Nil when the pipeline turns entity extraction off.
    public var entities: EntityExtractor?

    /// Creates the stage.
    public init(metadata: MetadataExtractor, entities: EntityExtractor?) {
        self.metadata = metadata
        self.entities = entities
    }

    /// The output record of a normalised report.
    public func run(_ report: NormalizedReport) -> ReportRecord {
        var found = metadata.extract(title: report.title, utf8: report.textUTF8)
        if found.publishedDate == nil { found.publishedDate = report.publishedDate }
        let entities = entities?.extract(fromUTF8: report.textUTF8, metadata: found) ?? []
        return ReportRecord(
            id: report.id, sources: report.sources, title: report.title, textUTF8: report.textUTF8, headings: report.headings,
            metadata: found, entities: entities, encoding: report.encoding, warnings: report.warnings)
    }
}
