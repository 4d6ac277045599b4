/// Writes a record's entities one JSON object per line, each with its report id, for SQL engines.
public enum EntityLineEncoder {
    /// The entity lines of one record (`{"report_id":…,"type":…,…}`).
    public static func lines(for record: ReportRecord) -> [UInt8] {
        guard !record.entities.isEmpty else { return [] }
        // The report's members are the same on every line: encode them once.
        var report = JSONWriter(capacity: record.id.utf8.count + 96)
        report.key("report_id"); report.string(record.id)
        report.key("report_year"); report.number(record.metadata.reportYear)
        report.key("region_code"); report.string(record.metadata.region?.code)
        let reportMembers = report.bytes

        var json = JSONWriter(capacity: record.entities.count * (reportMembers.count + 160))
        let encoder = RecordEncoder()
        for entity in record.entities {
            json.beginObject()
            json.members(reportMembers)
            encoder.writeFields(of: entity, to: &json)
            json.endObject()
            json.endLine()
        }
        return json.bytes
    }
}
