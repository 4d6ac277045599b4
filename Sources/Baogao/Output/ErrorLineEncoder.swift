/// One line of the errors file: the failed page, its report, the stage and the reason.
public enum ErrorLineEncoder {
    /// The JSON line of a failure.
    public static func line(for failure: PageFailure) -> [UInt8] {
        var json = JSONWriter(capacity: 256)
        json.beginObject()
        json.key("source"); json.string(failure.source)
        json.key("report_id"); json.string(failure.reportID)
        json.key("stage"); json.string(failure.stage)
        json.key("reason"); json.string(failure.reason)
        json.key("message"); json.string(failure.message)
        json.endObject()
        var bytes = json.bytes
        bytes.append(0x0A)
        return bytes
    }
}
