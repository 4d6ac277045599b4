/// Writes a record's entities one JSON object per line, each with its report id, for SQL engines.
public enum EntityLineEncoder {
    /// The entity lines of one record (`{"report_id":…,"type":…,…}`).
    public static func lines(for record: ReportRecord) -> [UInt8] {
        var bytes: [UInt8] = []
        let encoder = RecordEncoder()
        for entity in record.entities {
            var json = JSONWriter(capacity: 256)
            json.beginObject()
            json.key("report_id"); json.string(record.id)
            json.key("report_year"); json.number(record.metadata.reportYear)
            json.key("region_code"); json.string(record.metadata.region?.code)
            encoder.writeFields(of: entity, to: &json)
            json.endObject()
            bytes.append(contentsOf: json.bytes)
            bytes.append(0x0A)
        }
        return bytes
    }
}
