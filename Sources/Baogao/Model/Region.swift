/// An administrative region resolved against the gazetteer (schema v1 `metadata.region`).
///
/// Levels that do not apply or cannot be determined are nil; `code` is the 6-digit
/// administrative division code of the most specific level known.
public struct Region: Sendable, Equatable, Hashable {
    public var province: String?
    public var prefecture: String?
    public var county: String?
    public var code: String?

    /// Creates a region.
    public init(province: String? = nil, prefecture: String? = nil, county: String? = nil, code: String? = nil) {
        self.province = province
        self.prefecture = prefecture
        self.county = county
        self.code = code
    }
}
