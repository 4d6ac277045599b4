/// Resolves the government a report speaks for to a gazetteer unit (province, prefecture, county, code).
///
/// Evidence is taken in tiers, and the first tier that names a place decides:
/// 1. the title and header (before `各位代表`): full names anywhere, short names only next to
///    a government word (`铜山人民政府`, `…第十八届人民代表大会`, `…县长`);
/// 2. the body window: names next to a government word or after `我代表`;
/// 3. the body window with a level hint (`我代表市人民政府`, `全市`): the unit of that level
///    named most often, counting mentions of its province or prefecture as support (at least
///    two mentions).
///
/// Within a tier the unit named most often as itself wins, then the one with most support from
/// its ancestors, then the most specific. A name used by several units of the report's year
/// (`新华区`) keeps only the levels they share and no code. 全区/全市/全县 are never names.
public struct RegionResolver: Sendable {
    /// The divisions to resolve against.
    public let gazetteer: Gazetteer

    /// Creates a resolver.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// How many years outside its period of use a unit may still be named (the gazetteer ends before the latest reports).
    static let maximumYearDistance = 3

    /// Full names that are also ordinary words (城区 of 阳泉市), trusted only next to a government word.
    public static let commonFullNames: Set<String> = ["城区", "郊区", "矿区", "新区", "市区", "市中区", "东区", "西区"]

    /// Whether a full name counts only next to a government word: common words, and two-character
    /// names, which turn up inside phrases (代县 in 新时代县域, 兴县 in 振兴县域).
    public static func needsAnchor(fullName: String) -> Bool {
        fullName.count <= 2 || commonFullNames.contains(fullName)
    }

    private static let anyName: Set<GazetteerNameKind> = [.full, .short, .weakShort]
    private static let separators = MetadataScan.pattern("\n()（）·")
    private static let anchors: [[Unicode.Scalar]] =
        (["人民政府", "政府", "人民代表大会", "人大"] + MetadataSpeakerFinder.roles).map(MetadataScan.pattern)
    private static let stateCouncil = MetadataScan.pattern("国务院")
    private static let representStateCouncil = MetadataScan.pattern("代表国务院")
    /// Words that no place name overlaps: titles, 人民政府, 人民代表大会, 政府工作报告.
    private static let phrases: [[Unicode.Scalar]] =
        (MetadataSpeakerFinder.roles + ["人民政府", "人民代表大会", "政府工作报告", "各位代表"]).map(MetadataScan.pattern)
    private static let represent = MetadataScan.pattern("代表")
    /// The first scalars of `phrases`: a glyph of the scalar reading that is none of them starts
    /// no phrase (22 comparisons spared at each of a window's glyphs).
    private static let phraseStarts = ScalarSet(firstsOf: phrases.map { $0.map(\.value) })

    /// The region of a report, or nil when it names no place or is the State Council's.
    ///
    /// - Parameters:
    ///   - text: the prepared title and text.
    ///   - year: the report's year, which picks among units that shared a name over time.
    ///   - role: the speaker's title, if found (`区长` says the unit is a 区).
    public func resolve<G: MetadataGlyph>(_ text: MetadataText<G>, year: Int?, role: String?) -> Region? {
        if isStateCouncil(text, role: role) { return nil }
        let hint = RegionLevelHint.detect(in: text, role: role)
        let lookupYear = year ?? latestYear(in: text.window)

        let header = text.header
        let headerMatches = placeMatches(in: header, range: 0..<header.count)
        var headerMentions: [RegionMention] = []
        for chain in chains(headerMatches, in: header) {
            let anchored = isAnchored(chain, in: header)
            let kinds: Set<GazetteerNameKind> = anchored ? RegionResolver.anyName : [.full]
            for match in chain {
                if let mention = mention(match, allowing: kinds, year: lookupYear) { headerMentions.append(mention) }
            }
        }
        if let region = choose(headerMentions, hint: hint, minimumScore: 1) { return region }

        let window = text.window
        var bodyMentions: [RegionMention] = []
        let bodyMatches = placeMatches(in: window, range: text.headerEnd..<window.count)
        for chain in chains(bodyMatches, in: window) where isAnchored(chain, in: window) {
            for match in chain {
                if let mention = mention(match, allowing: RegionResolver.anyName, year: lookupYear) {
                    bodyMentions.append(mention)
                }
            }
        }
        if let region = choose(bodyMentions, hint: hint, minimumScore: 1) { return region }

        guard let hint else { return nil }
        var looseMentions: [RegionMention] = []
        for match in headerMatches + bodyMatches {
            if let mention = mention(match, allowing: [.full, .short], year: lookupYear) {
                looseMentions.append(mention)
            }
        }
        return choose(looseMentions, hint: hint, minimumScore: 2, requireHint: true)
    }

    // MARK: - Mentions

    /// Gazetteer matches that do not reach into a title or government word (代县 in 代县长).
    private func placeMatches<G: MetadataGlyph>(in chars: [G], range: Range<Int>) -> [GazetteerMatch] {
        var blocked = [Bool](repeating: false, count: chars.count)
        var index = range.lowerBound
        while index < range.upperBound {
            if let value = chars[index].scalarValue, !RegionResolver.phraseStarts.contains(value) {
                index += 1
                continue
            }
            for phrase in RegionResolver.phrases where MetadataScan.matches(phrase, in: chars, at: index) {
                for covered in index..<index + phrase.count { blocked[covered] = true }
                break
            }
            index += 1
        }
        return G.placeNames(in: gazetteer, glyphs: chars, range: range).filter { match in
            !(match.start..<match.end).contains { blocked[$0] }
        }
    }

    private func mention(_ match: GazetteerMatch, allowing kinds: Set<GazetteerNameKind>, year: Int?) -> RegionMention? {
        let anchored = kinds.contains(.weakShort)
        let usable = match.entries.filter { entry in
            guard kinds.contains(entry.kind) else { return false }
            return entry.kind != .full || anchored || !RegionResolver.needsAnchor(fullName: match.name)
        }
        guard !usable.isEmpty else { return nil }
        let candidates = candidatesByYear(usable.map(\.unitIndex), year: year)
        guard !candidates.isEmpty else { return nil }
        let isFull = usable.contains { $0.kind == .full }
        return RegionMention(name: match.name, weight: isFull ? 2 : 1, candidates: candidates)
    }

    /// The candidates in use in `year`, else the year before or after, else the nearest in time (within
    /// `maximumYearDistance`);
    /// without a year, those still in use.
    private func candidatesByYear(_ indices: [Int], year: Int?) -> [Int] {
        let units = gazetteer.units
        guard let year else {
            let current = indices.filter { units[$0].validUntil == nil }
            return current.isEmpty ? indices : current
        }
        for probe in [year, year - 1, year + 1] {
            let valid = indices.filter { units[$0].isValid(in: probe) }
            if !valid.isEmpty { return valid }
        }
        // Beyond a few years a unit long abolished is a coincidence of characters (增城市 in 新增城市绿地, 2025).
        guard let nearest = indices.map({ units[$0].distance(toYear: year) }).min(),
              nearest <= RegionResolver.maximumYearDistance else { return [] }
        return indices.filter { units[$0].distance(toYear: year) == nearest }
    }

    // MARK: - Choosing

    private func choose(
        _ mentions: [RegionMention], hint: RegionLevelHint?, minimumScore: Int, requireHint: Bool = false
    ) -> Region? {
        guard !mentions.isEmpty else { return nil }
        let units = gazetteer.units
        var pool: [Int] = []
        var seen = Set<Int>()
        for mention in mentions {
            for index in mention.candidates where seen.insert(index).inserted { pool.append(index) }
        }
        if let hint {
            let fitting = pool.filter { hint.admits(units[$0]) }
            if !fitting.isEmpty {
                pool = fitting
            } else if requireHint {
                return nil
            }
        }
        let candidateCodes = mentions.map { Set($0.candidates.map { units[$0].code }) }

        struct Score: Comparable {
            var own: Int
            var total: Int
            var depth: Int
            static func < (lhs: Score, rhs: Score) -> Bool {
                (lhs.own, lhs.total, lhs.depth) < (rhs.own, rhs.total, rhs.depth)
            }
        }
        var scored: [(index: Int, score: Score)] = []
        for index in pool {
            let unit = units[index]
            let ancestors = unit.ancestorCodes
            var own = 0
            var support = 0
            for (position, mention) in mentions.enumerated() {
                if candidateCodes[position].contains(unit.code) {
                    own += mention.weight
                } else if ancestors.contains(where: candidateCodes[position].contains) {
                    support += mention.weight
                }
            }
            scored.append((index, Score(own: own, total: own + support, depth: unit.level.depth)))
        }
        guard let best = scored.map(\.score).max(), best.total >= minimumScore, best.own > 0 else { return nil }
        var tied: [GazetteerUnit] = []
        var tiedCodes = Set<String>()
        for entry in scored where entry.score == best && tiedCodes.insert(units[entry.index].code).inserted {
            tied.append(units[entry.index])
        }
        if tied.count == 1 { return tied[0].region }
        if minimumScore > 1 { return nil }
        return merged(tied)
    }

    /// The levels that all tied units share, without a code (`新华区` in three prefectures → county only).
    private func merged(_ tied: [GazetteerUnit]) -> Region? {
        let regions = tied.map(\.region)
        func common(_ values: [String?]) -> String? {
            guard let first = values.first, let value = first, values.allSatisfy({ $0 == value }) else { return nil }
            return value
        }
        let region = Region(
            province: common(regions.map(\.province)), prefecture: common(regions.map(\.prefecture)),
            county: common(regions.map(\.county)), code: nil)
        if region.county == nil && region.prefecture == nil && region.province == nil { return nil }
        // A shared province alone says nothing about which unit is meant unless that is all the units are.
        if region.county == nil && region.prefecture == nil && tied.contains(where: { $0.level != .province }) {
            return nil
        }
        return region
    }

    // MARK: - Context

    /// Runs of matches separated only by brackets or line breaks (`(江苏省)徐州市铜山区`).
    private func chains<G: MetadataGlyph>(_ matches: [GazetteerMatch], in chars: [G]) -> [[GazetteerMatch]] {
        var result: [[GazetteerMatch]] = []
        for match in matches {
            if let last = result.last?.last,
                (last.end..<match.start).allSatisfy({ MetadataScan.isOne(of: RegionResolver.separators, chars[$0]) })
            {
                result[result.count - 1].append(match)
            } else {
                result.append([match])
            }
        }
        return result
    }

    /// Whether a chain names a government: followed by 人民政府, 政府, 第…届, …届人大, a title
    /// (optionally after a year: `铜山2023年政府工作报告`), or preceded by 代表.
    private func isAnchored<G: MetadataGlyph>(_ chain: [GazetteerMatch], in chars: [G]) -> Bool {
        guard let first = chain.first, let last = chain.last else { return false }
        if first.start >= 2 && MetadataScan.matches(RegionResolver.represent, in: chars, at: first.start - 2) {
            return true
        }
        var index = last.end
        while index < chars.count && MetadataScan.isOne(of: RegionResolver.separators, chars[index]) { index += 1 }
        if index + 5 <= chars.count, chars[index..<index + 4].allSatisfy({ $0.isASCIIDigit }),
            chars[index + 4] == "年"
        {
            index += 5
        }
        return startsGovernmentPhrase(at: index, in: chars)
    }

    private func startsGovernmentPhrase<G: MetadataGlyph>(at index: Int, in chars: [G]) -> Bool {
        guard index < chars.count else { return false }
        for anchor in RegionResolver.anchors where MetadataScan.matches(anchor, in: chars, at: index) {
            return true
        }
        let numeralStart = chars[index] == "第" ? index + 1 : index
        if let numeral = MetadataNumeral.numeral(startingAt: numeralStart, in: chars), numeral.end < chars.count,
            chars[numeral.end] == "届"
        {
            return true
        }
        return false
    }

    private func isStateCouncil<G: MetadataGlyph>(_ text: MetadataText<G>, role: String?) -> Bool {
        if let role, role.contains("国务院") { return true }
        if MetadataScan.firstIndex(of: RegionResolver.stateCouncil, in: text.header, from: 0) != nil { return true }
        return MetadataScan.firstIndex(of: RegionResolver.representStateCouncil, in: text.window, from: 0) != nil
    }

    private func latestYear<G: MetadataGlyph>(in chars: [G]) -> Int? {
        var latest: Int?
        for date in MetadataDateFinder().dates(in: chars) where (1981...2100).contains(date.year) {
            latest = max(latest ?? date.year, date.year)
        }
        return latest
    }
}
