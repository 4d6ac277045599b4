/// A number found in a report's text, typed and valued (schema v1 `entities[]`).
///
/// `start` counts Unicode scalars (a Python `str` index) from the start of the record's `text`;
/// `text[start..<start + surface.unicodeScalars.count] == surface` always holds.
public struct Entity: Sendable, Equatable {
    /// What kind of number this is.
    public enum Kind: String, Sendable, CaseIterable {
        case money, percent, percentage_point, quantity, date, indicator
    }

    /// A qualifier word next to the number (左右/约, 以上/超过/余/多, 以内/不超过, 近/接近).
    public enum Qualifier: String, Sendable {
        /// 左右, 约: about.
        case approx
        /// 以上, 超过, 突破, 余, 多: at least.
        case gte
        /// 以内, 不超过, 以下: at most.
        case lte
        /// 近, 接近: nearly.
        case nearly
    }

    /// An entity's value: a number in base units, or an ISO date string (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    public enum Value: Sendable, Equatable {
        case number(Double)
        case date(String)
    }

    /// How an indicator figure is measured.
    public enum Measure: String, Sendable {
        /// An amount or a rate level.
        case level
        /// Year-on-year change in percent, signed.
        case growth
        /// Average annual growth (年均增长).
        case avg_annual_growth
    }

    /// Whether an indicator figure is a plan or an outcome.
    public enum Modality: String, Sendable {
        case target, actual
    }

    public var type: Kind
    public var surface: String
    public var start: Int
    public var value: Value
    /// The upper end of a range such as 3至5 (value holds the lower end).
    public var valueMax: Double?
    /// ISO currency code for money (`CNY`, `USD`).
    public var currency: String?
    /// The measure word for quantities; `%`, `pp`, a currency code or a measure word for indicators.
    public var unit: String?
    public var qualifier: Qualifier?
    /// Indicator id from the indicator lexicon (`gdp`, `retail_sales`, …).
    public var indicator: String?
    public var measure: Measure?
    public var modality: Modality?
    /// The year or span an indicator figure refers to (`2023`, `2019-2023`), when known.
    public var period: String?

    /// Creates an entity.
    public init(
        type: Kind, surface: String, start: Int, value: Value, valueMax: Double? = nil,
        currency: String? = nil, unit: String? = nil, qualifier: Qualifier? = nil,
        indicator: String? = nil, measure: Measure? = nil, modality: Modality? = nil, period: String? = nil
    ) {
        self.type = type
        self.surface = surface
        self.start = start
        self.value = value
        self.valueMax = valueMax
        self.currency = currency
        self.unit = unit
        self.qualifier = qualifier
        self.indicator = indicator
        self.measure = measure
        self.modality = modality
        self.period = period
    }
}
