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

    private static let suffixScalars = MetadataScan.pattern(String(suffixes))
    private static let government = MetadataScan.pattern("人民政府")
    private static let governmentShort = MetadataScan.pattern("政府")
    private static let represent = MetadataScan.pattern("代表")
    private static let governmentWork = MetadataScan.pattern("政府工作")

    /// The hint from the text: `代表X人民政府`, else a clear majority of `X政府工作`, `全X`, `X政府` and `本X` phrases.
    public static func detect<G: MetadataGlyph>(in text: MetadataText<G>, role: String?) -> RegionLevelHint? {
        if let hint = fromRole(role) { return hint }
        let chars = text.window
        var glyphVotes: [G: Int] = [:]
        var index = 0
        while index + 1 < chars.count {
            let character = chars[index]
            if MetadataScan.isOne(of: suffixScalars, character) {
                let previous: G? = index > 0 ? chars[index - 1] : nil
                let isLevelWord =
                    previous.map { !$0.isHan || MetadataScan.isOne(of: "全本我和、在代表".unicodeScalars, $0) } ?? true
                if MetadataScan.matches(government, in: chars, at: index + 1)
                    || MetadataScan.matches(governmentShort, in: chars, at: index + 1)
                {
                    if index >= 2 && MetadataScan.matches(represent, in: chars, at: index - 2) {
                        return RegionLevelHint(suffix: character.character)
                    }
                    if MetadataScan.matches(governmentWork, in: chars, at: index + 1) {
                        // 今年市政府工作总体要求: the report's own government.
                        glyphVotes[character, default: 0] += 4
                    } else if isLevelWord {
                        glyphVotes[character, default: 0] += 1
                    }
                } else if previous == "全" {
                    glyphVotes[character, default: 0] += 2
                } else if previous == "本" || previous == "我" {
                    glyphVotes[character, default: 0] += 1
                }
            }
            index += 1
        }
        var votes: [Character: Int] = [:]
        for (glyph, count) in glyphVotes { votes[glyph.character] = count }
        let ranked = votes.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let best = ranked.first, best.value >= 2 else { return nil }
        if ranked.count > 1 && ranked[1].value * 2 > best.value { return nil }
        return RegionLevelHint(suffix: best.key)
    }
}
