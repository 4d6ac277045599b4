/// The encode stage: one ``ReportRecord`` to one JSON line (schema v1, keys in documented order).
public struct RecordEncoder: Stage {
    public static let name = "encode"

    /// Creates an encoder.
    public init() {}

    /// The record as a JSON object followed by a newline.
    public func run(_ record: ReportRecord) -> EncodedRecord {
        var json = JSONWriter(capacity: Self.estimatedSize(of: record))
        json.beginObject()
        json.key("schema_version"); json.number(ReportRecord.schemaVersion)
        json.key("id"); json.string(record.id)
        json.key("sources"); json.beginArray()
        for source in record.sources { json.string(source) }
        json.endArray()
        json.key("title"); json.string(record.title)
        json.key("text"); json.string(utf8: record.textUTF8)
        json.key("headings"); json.beginArray()
        for heading in record.headings { write(heading, to: &json) }
        json.endArray()
        json.key("metadata"); write(record.metadata, to: &json)
        json.key("entities"); json.beginArray()
        // Read through a pointer: iterating the array, its subscript, or a `borrowing` parameter
        // copied each entity (a retain and a release of each of its strings, 6 M of 75 M
        // instructions on 240 pages).
        record.entities.withUnsafeBufferPointer { entities in
            for index in entities.indices {
                json.beginObject()
                writeFields(of: entities.baseAddress! + index, to: &json)
                json.endObject()
            }
        }
        json.endArray()
        json.key("encoding"); json.string(record.encoding)
        json.key("warnings"); json.beginArray()
        for warning in record.warnings { write(warning, to: &json) }
        json.endArray()
        json.endObject()
        json.endLine()
        return EncodedRecord(line: json.bytes)
    }

    /// A generous guess of a record's line length, so the buffer is allocated once.
    static func estimatedSize(of record: ReportRecord) -> Int {
        record.textUTF8.count + record.title.utf8.count + 1024
            + record.sources.reduce(0) { $0 + $1.utf8.count + 4 }
            + record.headings.reduce(0) { $0 + $1.title.utf8.count + 64 }
            + record.entities.count * 192 + record.warnings.count * 256
    }

    private func write(_ heading: Heading, to json: inout JSONWriter) {
        json.beginObject()
        json.key("level"); json.number(heading.level)
        json.key("marker"); json.string(heading.marker)
        json.key("title"); json.string(heading.title)
        json.key("start"); json.number(heading.start)
        json.endObject()
    }

    private func write(_ metadata: ReportMetadata, to json: inout JSONWriter) {
        json.beginObject()
        json.key("region")
        if let region = metadata.region {
            json.beginObject()
            json.key("province"); json.string(region.province)
            json.key("prefecture"); json.string(region.prefecture)
            json.key("county"); json.string(region.county)
            json.key("code"); json.string(region.code)
            json.endObject()
        } else {
            json.null()
        }
        json.key("report_date"); json.string(metadata.reportDate)
        json.key("report_year"); json.number(metadata.reportYear)
        json.key("speaker")
        if let speaker = metadata.speaker {
            json.beginObject()
            json.key("name"); json.string(speaker.name)
            json.key("role"); json.string(speaker.role)
            json.endObject()
        } else {
            json.null()
        }
        json.key("meeting")
        if let meeting = metadata.meeting {
            json.beginObject()
            json.key("term"); json.number(meeting.term)
            json.key("session"); json.number(meeting.session)
            json.endObject()
        } else {
            json.null()
        }
        json.key("published_date"); json.string(metadata.publishedDate)
        json.endObject()
    }

    /// Writes an entity's keys into the open object.
    /// An entity's members, read in place through `entity` (see ``run(_:)``).
    private func writeFields(of entity: UnsafePointer<Entity>, to json: inout JSONWriter) {
        json.key("type"); json.string(entity.pointee.type.rawValue)
        json.key("surface"); json.string(entity.pointee.surface)
        json.key("start"); json.number(entity.pointee.start)
        json.key("value")
        switch entity.pointee.value {
        case .number(let number): json.number(number)
        case .date(let date): json.string(date)
        }
        if let valueMax = entity.pointee.valueMax { json.key("value_max"); json.number(valueMax) }
        if let currency = entity.pointee.currency { json.key("currency"); json.string(currency) }
        if let unit = entity.pointee.unit { json.key("unit"); json.string(unit) }
        if let qualifier = entity.pointee.qualifier { json.key("qualifier"); json.string(qualifier.rawValue) }
        if let indicator = entity.pointee.indicator { json.key("indicator"); json.string(indicator) }
        if let measure = entity.pointee.measure { json.key("measure"); json.string(measure.rawValue) }
        if let modality = entity.pointee.modality { json.key("modality"); json.string(modality.rawValue) }
        if let period = entity.pointee.period { json.key("period"); json.string(period) }
    }

    private func write(_ warning: RecordWarning, to json: inout JSONWriter) {
        json.beginObject()
        json.key("code"); json.string(warning.code)
        json.key("source"); json.string(warning.source)
        json.key("message"); json.string(warning.message)
        json.endObject()
    }
}
