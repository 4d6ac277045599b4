/// One row of the indicator lexicon: an id with its names.
struct IndicatorDefinition: Sendable, Equatable {
    /// The indicator id (`gdp`); `_not_mapped` for names that only stop attribution.
    var id: String
    /// Whether figures after these names become indicator mentions.
    var mapped: Bool
    /// How a level figure is written.
    var level: IndicatorLevelKind
    /// Canonical name first, then aliases.
    var names: [String]
    /// For coordinated names (城乡居民人均可支配收入): the ids of the first and second of a pair of values.
    var pair: [String]
}
