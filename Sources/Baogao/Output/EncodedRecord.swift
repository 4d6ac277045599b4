/// A record as the encode stage writes it: its JSON line.
public struct EncodedRecord: Sendable {
    /// The record as one JSON object and a newline (schema v1).
    public var line: [UInt8]

    /// One JSON object per entity, each with its report id, newline-terminated (empty when the
    /// record has no entities), read from ``line``: what `--entities-out` writes.
    public var entityLines: [UInt8] { EntityLineEncoder.lines(fromRecordLine: line) }
}
