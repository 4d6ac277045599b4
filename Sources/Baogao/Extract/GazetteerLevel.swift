/// The tier of an administrative division: province, prefecture or county level.
public enum GazetteerLevel: String, Sendable, Hashable, Comparable {
    /// 省级: provinces, autonomous regions, province-level cities, SARs.
    case province
    /// 地级: prefecture-level cities, 地区, 自治州, 盟.
    case prefecture
    /// 县级: counties, districts, county-level cities, banners.
    case county

    /// Depth in the hierarchy: 1 for province, 2 for prefecture, 3 for county.
    public var depth: Int {
        switch self {
        case .province: return 1
        case .prefecture: return 2
        case .county: return 3
        }
    }

    /// Orders levels from the broadest (province) to the most specific (county).
    public static func < (lhs: GazetteerLevel, rhs: GazetteerLevel) -> Bool {
        lhs.depth < rhs.depth
    }
}
