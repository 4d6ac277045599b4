/// Writes a record's entities one JSON object per line, each with its report id, for SQL engines.
enum EntityLineEncoder {
    /// The entity lines of a record line (`{"report_id":…,"report_year":…,"region_code":…,"type":…,…}`),
    /// each entity's members copied from the record's own JSON (``RecordLineReader``); empty when
    /// the record has no entities or the line is not a record.
    static func lines(fromRecordLine line: UnsafeRawBufferPointer) -> [UInt8] {
        guard let parts = RecordLineReader.parts(of: line), !parts.entityMembers.isEmpty else { return [] }
        let bytes = line.bindMemory(to: UInt8.self)
        func append(_ range: Range<Int>?, to output: inout [UInt8]) {
            if let range {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
            } else {
                output.append(contentsOf: "null".utf8)
            }
        }
        // The report's members are the same on every line: written once.
        var report: [UInt8] = []
        report.append(contentsOf: "\"report_id\":".utf8)
        append(parts.id, to: &report)
        report.append(contentsOf: ",\"report_year\":".utf8)
        append(parts.reportYear, to: &report)
        report.append(contentsOf: ",\"region_code\":".utf8)
        append(parts.regionCode, to: &report)

        var lines: [UInt8] = []
        lines.reserveCapacity(parts.entityMembers.reduce(0) { $0 + $1.count + report.count + 4 })
        for members in parts.entityMembers {
            lines.append(UInt8(ascii: "{"))
            lines.append(contentsOf: report)
            lines.append(UInt8(ascii: ","))
            lines.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[members]))
            lines.append(UInt8(ascii: "}"))
            lines.append(0x0A)
        }
        return lines
    }

    /// The entity lines of a record line held in an array.
    static func lines(fromRecordLine line: [UInt8]) -> [UInt8] {
        line.withUnsafeBytes { lines(fromRecordLine: $0) }
    }
}
