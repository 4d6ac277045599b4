/// The files of one output: the snapshot and its companions, named after the snapshot's stem.
///
/// For `out/reports.jsonl`: `out/reports.errors.jsonl`, `out/reports.summary.json`,
/// `out/reports.changes/` (one file per run) and the state `out/reports.state.sqlite`.
public struct OutputFiles: Sendable {
    /// The snapshot: every current report, one JSON line each, sorted by id.
    public var records: String
    /// Every failed page with its reason.
    public var errors: String
    /// The last run's figures.
    public var summary: String
    /// The folder of per-run change files.
    public var changes: String
    /// The entities file, when asked for.
    public var entities: String?
    /// The Prometheus textfile, when asked for.
    public var metrics: String?
    /// The state database.
    public var state: String

    /// The default companions of a snapshot path.
    public init(records: String, entities: String? = nil, metrics: String? = nil, state: String? = nil) {
        self.records = records
        let stem = records.hasSuffix(".jsonl") ? String(records.dropLast(6)) : records
        errors = stem + ".errors.jsonl"
        summary = stem + ".summary.json"
        changes = stem + ".changes"
        self.entities = entities
        self.metrics = metrics
        self.state = state ?? stem + ".state.sqlite"
    }
}
