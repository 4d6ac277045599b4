/// A metadata field scored by `MetadataEvaluation`.
public enum MetadataEvaluationField: String, Sendable, CaseIterable {
    /// The whole region (province, prefecture, county and code all equal).
    case region
    /// The region's 6-digit code alone (nil equals nil).
    case regionCode = "region code"
    /// The delivery date.
    case reportDate = "report_date"
    /// Speaker name and role.
    case speaker
    /// Meeting term and session.
    case meeting
}
