/// The kind of government a report speaks for, read from its wording (`县长`, `我代表区人民政府`, `全市`).
///
/// It is the last character of the unit's name: 县, 区, 市, 旗, 州, 盟 or 省 (自治区 ends in 区).
public struct RegionLevelHint: Sendable, Equatable {
    /// The name suffix the report's unit must have.
    public var suffix: Character

    /// Creates a hint.
    public init(suffix: Character) {
        self.suffix = suffix
    }

    /// The suffixes a hint can have.
    public static let suffixes: [Character] = ["县", "区", "市", "旗", "州", "盟", "省"]

    /// Whether a unit's name fits the hint.
    public func admits(_ unit: GazetteerUnit) -> Bool {
        unit.name.last == suffix
    }

    /// The hint given by a speaker's title (`代区长` → 区, `主席` → 区), or nil.
    public static func fromRole(_ role: String?) -> RegionLevelHint? {
        guard let role, !role.contains("国务院") else { return nil }
        if role.hasSuffix("主席") { return RegionLevelHint(suffix: "区") }
        let office = role.hasPrefix("代") ? role.dropFirst() : Substring(role)
        guard let first = office.first, suffixes.contains(first) else { return nil }
        return RegionLevelHint(suffix: first)
    }

    private static let government = Array("人民政府")
    private static let governmentShort = Array("政府")
    private static let represent = Array("代表")
    private static let governmentWork = Array("政府工作")

    /// The hint from the text: `代表X人民政府`, else a clear majority of `X政府工作`, `全X`, `X政府` and `本X` phrases.
    public static func detect(in text: MetadataText, role: String?) -> RegionLevelHint? {
        if let hint = fromRole(role) { return hint }
        let chars = text.window
        var votes: [Character: Int] = [:]
        var index = 0
        while index + 1 < chars.count {
            let character = chars[index]
            if suffixes.contains(character) {
                let previous: Character? = index > 0 ? chars[index - 1] : nil
                let isLevelWord = previous.map { !MetadataScan.isHan($0) || "全本我和、在代表".contains($0) } ?? true
                if MetadataScan.matches(government, in: chars, at: index + 1)
                    || MetadataScan.matches(governmentShort, in: chars, at: index + 1)
                {
                    if index >= 2 && MetadataScan.matches(represent, in: chars, at: index - 2) {
                        return RegionLevelHint(suffix: character)
                    }
                    if MetadataScan.matches(governmentWork, in: chars, at: index + 1) {
                        // 今年市政府工作总体要求: the report's own government.
                        votes[character, default: 0] += 4
                    } else if isLevelWord {
                        votes[character, default: 0] += 1
                    }
                } else if previous == "全" {
                    votes[character, default: 0] += 2
                } else if previous == "本" || previous == "我" {
                    votes[character, default: 0] += 1
                }
            }
            index += 1
        }
        let ranked = votes.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let best = ranked.first, best.value >= 2 else { return nil }
        if ranked.count > 1 && ranked[1].value * 2 > best.value { return nil }
        return RegionLevelHint(suffix: best.key)
    }
}
