/// A record as the encode stage writes it: its JSON line and its entity lines.
public struct EncodedRecord: Sendable {
    /// The record as one JSON object and a newline (schema v1).
    public var line: [UInt8]
    /// One JSON object per entity, each with its report id, newline-terminated (empty when the
    /// record has no entities).
    public var entityLines: [UInt8]
}
