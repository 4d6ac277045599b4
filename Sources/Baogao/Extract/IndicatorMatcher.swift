/// Finds indicator mentions: a lexicon name followed, within its clause, by its level and growth figures.
///
/// A clause runs between `;`/`。`. Every name in it (mapped or not) ends the reach of the name before.
/// After a name come at most one level figure and one growth figure; a coordinated name
/// (城乡居民人均可支配收入分别增长9.3%和10%) maps a pair of values to its two member ids.
struct IndicatorMatcher: Sendable {
    /// The names and ids.
    let lexicon: IndicatorLexicon

    /// A name found in a clause.
    private struct NameHit {
        var start: Int
        var end: Int
        var definition: IndicatorDefinition
        /// False for not-mapped names and names blocked by their context; they still end the previous reach.
        var active: Bool
        var pair: [String]
        /// The level is a cumulative total (`累计完成…`, a whole-term sentence): only changes are kept.
        var levelIsCumulative = false
    }

    private static let reach = 30
    private static let fromWords = CueWords([ScalarClass.word("由"), ScalarClass.word("从")])
    private static let splitWord = CueWords([ScalarClass.word("分别")])
    private static let cumulativePrefix = CueWords(IndicatorCues.cumulativePrefix)
    private static let termSpan = CueWords(IndicatorCues.termSpan)
    private static let nameConnectors = ScalarSet("、,和与及")
    /// Duration units as UTF-8 bytes (a `Set<String>` normalises every non-ASCII key it hashes).
    private static let durationUnits: [[UInt8]] = ["年", "个月", "天", "周", "小时", "个季度", "周年"].map { Array($0.utf8) }

    /// The indicator mentions of `text`, given its numeric tokens (sorted by start).
    func indicators(in text: NumericText, tokens: [NumericToken], metadata: ReportMetadata?) -> [Entity] {
        var result: [Entity] = []
        guard !lexicon.definitions.isEmpty else { return result }
        var timing = IndicatorTiming(text: text, tokens: tokens, metadata: metadata)
        var first = 0
        while first < tokens.count {
            if tokens[first].kind == .date {
                first += 1
                continue
            }
            var clauseStart = tokens[first].start
            while clauseStart > 0, !ScalarClass.isClauseEnd(text[clauseStart - 1]) { clauseStart -= 1 }
            var clauseEnd = tokens[first].end
            while clauseEnd < text.count, !ScalarClass.isClauseEnd(text[clauseEnd]) { clauseEnd += 1 }
            var last = first
            while last < tokens.count, tokens[last].start < clauseEnd { last += 1 }
            matchClause(
                text, clauseStart..<clauseEnd, tokens: tokens[first..<last], timing: &timing, into: &result)
            first = last
        }
        return result
    }

    private func matchClause(
        _ text: NumericText, _ clause: Range<Int>, tokens: ArraySlice<NumericToken>, timing: inout IndicatorTiming,
        into result: inout [Entity]
    ) {
        guard let lastStart = tokens.last(where: { $0.kind != .date })?.start else { return }
        var hits: [NameHit] = []
        var index = clause.lowerBound
        while index < lastStart {
            let value = text[index]
            if lexicon.trie.canStart(value),
               let match = lexicon.trie.longestMatch(in: text, at: index, limit: clause.upperBound) {
                let end = bracketedAliasEnd(text, after: match.end, definition: match.definition, limit: clause.upperBound)
                hits.append(makeHit(text, start: index, end: end, definition: match.definition))
                index = end
            } else if value == IndicatorCues.subItem[0], text.has(IndicatorCues.subItem, at: index) {
                hits.append(
                    NameHit(
                        start: index, end: index + 2, definition: lexicon.definitions[0], active: false, pair: []))
                index += 2
            } else {
                index += 1
            }
        }
        for (number, hit) in hits.enumerated() where hit.active {
            let reach = number + 1 < hits.count ? hits[number + 1].start : clause.upperBound
            var values: [NumericToken] = []
            for token in tokens where token.start >= hit.end && token.start < reach && token.kind != .date {
                values.append(token)
            }
            let partner = number > 0 ? coordinatedPartner(text, hits[number - 1], before: hit, tokens: tokens) : nil
            attribute(text, hit, values: values, partner: partner, timing: &timing, into: &result)
        }
    }

    /// The end of a bracketed alias of the same indicator right after a name (`地区生产总值(GDP)`,
    /// `居民消费价格指数(CPI)`), else `end`: the alias is part of the name, not a second one.
    private func bracketedAliasEnd(_ text: NumericText, after end: Int, definition: Int, limit: Int) -> Int {
        guard text[end] == 0x28, lexicon.trie.canStart(text[end + 1]),
              let alias = lexicon.trie.longestMatch(in: text, at: end + 1, limit: limit),
              lexicon.definitions[alias.definition].id == lexicon.definitions[definition].id,
              text[alias.end] == 0x29 else { return end }
        return alias.end + 1
    }

    /// The name before `hit` when the two are coordinated (`出口9.8亿元,进口2.8亿元,分别增长…和…`,
    /// `存款余额、贷款余额分别…`): an active name of another id and the same kind, whose own figures
    /// are only levels, joined to `hit` by a connector. A `分别` pair after `hit` then gives it the first value.
    private func coordinatedPartner(
        _ text: NumericText, _ previous: NameHit, before hit: NameHit, tokens: ArraySlice<NumericToken>
    ) -> NameHit? {
        guard previous.active, previous.pair.isEmpty, hit.pair.isEmpty,
              previous.definition.id != hit.definition.id, previous.definition.level == hit.definition.level
        else { return nil }
        let joint = text.skipSpaces(before: hit.start)
        guard joint > previous.end, Self.nameConnectors.contains(text[joint - 1]) else { return nil }
        let gap = IndicatorGap(text, previous.end..<joint - 1)
        guard gap.length <= Self.reach, !gap.hasStop, !gap.isGrowth else { return nil }
        var levels = 0
        for token in tokens where token.start >= previous.end && token.start < hit.start && token.kind != .date {
            guard token.kind == .money || token.kind == .quantity else { return nil }
            levels += 1
        }
        return levels <= 1 ? previous : nil
    }

    private func makeHit(_ text: NumericText, start: Int, end: Int, definition index: Int) -> NameHit {
        let definition = lexicon.definitions[index]
        var hit = NameHit(start: start, end: end, definition: definition, active: definition.mapped, pair: definition.pair)
        let before = text.skipSpaces(before: start)
        // A stop word the name itself begins with (新增城镇就业, 国家高新技术企业) does not block it.
        if IndicatorCues.namePrefixStops.contains(where: { text.has($0, endingAt: before) && !text.has($0, at: start) }) {
            hit.active = false
        }
        hit.levelIsCumulative = isCumulativeContext(text, nameStart: start, id: definition.id)
        let after = text.skipSpaces(from: end)
        if IndicatorCues.nameSuffixStops.contains(where: { text.has($0, at: after) }) {
            hit.active = false
        }
        if definition.id == "disposable_income_rural",
           let prefix = IndicatorCues.urbanPairPrefixes.first(where: { text.has($0, endingAt: before) }),
           let all = lexicon.definition(id: "disposable_income_all") {
            hit.start = before - prefix.count
            hit.definition = all
            hit.pair = ["disposable_income_urban", "disposable_income_rural"]
        }
        return hit
    }

    /// Whether the name's level is a cumulative total: 累计 just before it in its clause, or, for a flow,
    /// a sentence that sums up the whole term (`五年来,…新增城镇就业3.1万人`).
    private func isCumulativeContext(_ text: NumericText, nameStart: Int, id: String) -> Bool {
        var clauseStart = nameStart
        while clauseStart > 0, nameStart - clauseStart < 8, !ScalarClass.isClauseEnd(text[clauseStart - 1]),
              text[clauseStart - 1] != 0x2C {
            clauseStart -= 1
        }
        if Self.cumulativePrefix.occurs(in: text, clauseStart..<nameStart) { return true }
        guard IndicatorCues.flowIds.contains(id) else { return false }
        var sentenceStart = nameStart
        while sentenceStart > 0, nameStart - sentenceStart < 200, text[sentenceStart - 1] != 0x3002,
              text[sentenceStart - 1] != 0x0A {
            sentenceStart -= 1
        }
        return Self.termSpan.occurs(in: text, sentenceStart..<nameStart)
    }

    /// Gives the values after one name their roles and appends the mentions.
    private func attribute(
        _ text: NumericText, _ hit: NameHit, values: [NumericToken], partner: NameHit?,
        timing: inout IndicatorTiming, into result: inout [Entity]
    ) {
        let kind = hit.definition.level
        var anchor = hit.end
        var hasLevel = false
        var hasGrowth = false
        var index = 0
        while index < values.count {
            let token = values[index]
            let gapRange = anchor..<max(anchor, token.start)
            let gap = IndicatorGap(text, gapRange)
            guard gap.length <= Self.reach, !gap.hasStop else { return }
            // 城镇化率提高1.2个百分点,达到65%: after a rate's change, a comma may lead to its level.
            let levelStart = hasGrowth && (text[gapRange.lowerBound] == 0x2C || text[gapRange.lowerBound] == 0x3001)
                ? gapRange.lowerBound + 1 : gapRange.lowerBound
            let allowsLevel = IndicatorGap.allowsLevel(text, levelStart..<gapRange.upperBound)
            var group = [token]
            let isSplitPair = partner != nil && Self.splitWord.occurs(in: text, gapRange)
            if hit.pair.count == 2 || isSplitPair, index + 1 < values.count, values[index + 1].kind == token.kind,
               isConnected(text, token.end..<values[index + 1].start) {
                group.append(values[index + 1])
            }
            let measure: Entity.Measure
            var sign = 1.0
            // 由2017年的1520亿元增加到…: the starting figure; 连续5年稳定在…: a duration.
            let isStartingPoint = token.kind == .money && Self.fromWords.occurs(in: text, gapRange) && !hasLevel
            let isDuration = token.kind == .quantity && token.unit.map { unit in Self.durationUnits.contains { unit.utf8.elementsEqual($0) } } == true
            if isStartingPoint || isDuration {
                anchor = token.end
                index += 1
                continue
            }
            switch (token.kind, kind) {
            case (.money, .money), (.quantity, .count):
                if gap.isGrowth && !gap.isToLevel { return }
                // 增长6.6%,总量突破90万亿元: after the change, a comma may lead to the level.
                if hasGrowth, levelStart == gapRange.lowerBound { return }
                if gap.isCumulative || hit.levelIsCumulative {
                    anchor = token.end
                    index += 1
                    continue
                }
                if hasLevel, token.qualifier != nil {
                    anchor = token.end
                    index += 1
                    continue
                }
                guard !hasLevel, allowsLevel else { return }
                measure = .level
                hasLevel = true
            case (.percent, .rate):
                guard !hasLevel, !gap.isGrowth || gap.isToLevel, allowsLevel else { return }
                measure = .level
                hasLevel = true
            case (.percentagePoint, .rate):
                guard !hasGrowth, gap.isGrowth, !gap.isToLevel else { return }
                measure = gap.isAverage ? .avg_annual_growth : .growth
                sign = gap.isNegative ? -1 : 1
            case (.percent, .price), (.percent, .intensity):
                measure = gap.isAverage ? .avg_annual_growth : .growth
                sign = gap.isNegative ? -1 : 1
            case (.percent, .money), (.percent, .count):
                // 完成246.79亿元,完成年度计划82.3%,同比增长15.3%: a completion rate sits between level and growth.
                if !gap.isGrowth, gap.isCompletion, hasLevel {
                    anchor = token.end
                    index += 1
                    continue
                }
                guard !hasGrowth, gap.isGrowth, !gap.isToLevel else { return }
                measure = gap.isAverage ? .avg_annual_growth : .growth
                sign = gap.isNegative ? -1 : 1
            default:
                return
            }
            if group.count == 2, hit.pair.count != 2, let partner {
                result.append(
                    mention(text, partner, id: partner.definition.id, token: group[0], measure: measure, sign: sign,
                            timing: &timing))
                result.append(
                    mention(text, hit, id: hit.definition.id, token: group[1], measure: measure, sign: sign,
                            timing: &timing))
            } else {
                let ids = group.count == 2 ? hit.pair : [hit.definition.id]
                for (member, value) in zip(ids, group) {
                    result.append(
                        mention(text, hit, id: member, token: value, measure: measure, sign: sign, timing: &timing))
                }
            }
            anchor = group.last!.end
            index += group.count
            if measure != .level {
                // Only a level may follow a change, and only for an amount or count without one yet.
                if kind != .rate && (hasLevel || (kind != .money && kind != .count)) { return }
                hasGrowth = true
            }
        }
    }

    private func mention(
        _ text: NumericText, _ hit: NameHit, id: String, token: NumericToken, measure: Entity.Measure, sign: Double,
        timing: inout IndicatorTiming
    ) -> Entity {
        let unit: String?
        switch token.kind {
        case .money: unit = token.currency
        case .percent: unit = "%"
        case .percentagePoint: unit = "pp"
        default: unit = token.unit
        }
        let when = timing.timing(nameStart: hit.start, measure: measure)
        return Entity(
            type: .indicator, surface: text.string(hit.start..<token.end), start: hit.start,
            value: .number(sign * token.value.double), valueMax: token.valueMax.map { sign * $0.double }, unit: unit,
            qualifier: token.qualifier, indicator: id, measure: measure, modality: when.modality, period: when.period)
    }

    private func isConnected(_ text: NumericText, _ range: Range<Int>) -> Bool {
        var sawConnector = false
        for index in range {
            let value = text[index]
            if value == 0x548C || value == 0x3001 || value == 0x4E0E || value == 0x53CA || value == 0x2C {
                if sawConnector { return false }
                sawConnector = true
            } else if !ScalarClass.isSpace(value) {
                return false
            }
        }
        return sawConnector
    }
}
