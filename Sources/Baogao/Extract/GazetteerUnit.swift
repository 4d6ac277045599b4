/// One administrative division under one name for one period (a renamed or re-coded unit has several).
public struct GazetteerUnit: Sendable, Hashable {
    /// The 6-digit administrative division code.
    public var code: String
    /// Province, prefecture or county level.
    public var level: GazetteerLevel
    /// The full name (`铜山区`).
    public var name: String
    /// Short forms that name the unit anywhere (`铜山`).
    public var shortNames: [String]
    /// Short forms that are also ordinary words (`振兴`), trusted only where the context names a government.
    public var weakShortNames: [String]
    /// First year (as of 31 December) the unit was in use under this name and code.
    public var validFrom: Int
    /// First year it was no longer in use, nil while in use.
    public var validUntil: Int?
    /// The province it belonged to (its own name for a province).
    public var province: String
    /// The prefecture it belonged to, nil for provinces, prefectures and province-administered counties.
    public var prefecture: String?
    /// The code of the unit directly above it, if known.
    public var parentCode: String?

    /// Creates a unit.
    public init(
        code: String, level: GazetteerLevel, name: String, shortNames: [String] = [], weakShortNames: [String] = [],
        validFrom: Int, validUntil: Int? = nil, province: String, prefecture: String? = nil, parentCode: String? = nil
    ) {
        self.code = code
        self.level = level
        self.name = name
        self.shortNames = shortNames
        self.weakShortNames = weakShortNames
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.province = province
        self.prefecture = prefecture
        self.parentCode = parentCode
    }

    /// Whether the unit was in use under this name at the end of `year`.
    public func isValid(in year: Int) -> Bool {
        validFrom <= year && (validUntil.map { year < $0 } ?? true)
    }

    /// How many years `year` lies outside the period of use (0 inside it).
    public func distance(toYear year: Int) -> Int {
        if year < validFrom { return validFrom - year }
        if let until = validUntil, year >= until { return year - until + 1 }
        return 0
    }

    /// The codes of the units above this one (parent and province).
    public var ancestorCodes: [String] {
        var codes: [String] = []
        if let parentCode { codes.append(parentCode) }
        let provinceCode = String(code.prefix(2)) + "0000"
        if level != .province && !codes.contains(provinceCode) { codes.append(provinceCode) }
        return codes
    }

    /// The unit as a metadata region: every level it has, and its code.
    public var region: Region {
        switch level {
        case .province:
            return Region(province: name, prefecture: nil, county: nil, code: code)
        case .prefecture:
            return Region(province: province, prefecture: name, county: nil, code: code)
        case .county:
            return Region(province: province, prefecture: prefecture, county: name, code: code)
        }
    }
}
