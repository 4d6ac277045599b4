/// Finds indicator mentions: a lexicon name followed, within its clause, by its level and growth figures.
///
/// A clause runs between `;`/`。`. Every name in it (mapped or not) ends the reach of the name before.
/// After a name come at most one level figure and one growth figure; a coordinated name
/// (城乡居民人均可支配收入分别增长9.3%和10%) maps a pair of values to its two member ids.
struct IndicatorMatcher: Sendable {
    /// The names and ids.
    let lexicon: IndicatorLexicon
    /// For each definition, the index of the first definition with the same id: ids compare as numbers.
    private let idNumbers: [Int]
    /// For each definition, whether its id is a flow (`IndicatorCues.flowIds`).
    private let isFlow: [Bool]
    /// For each definition, whether it is the rural disposable income, which may be the second of an urban/rural pair.
    private let isRuralIncome: [Bool]
    /// The definition of all residents' disposable income (no pair), which an urban/rural pair maps to.
    private let allIncome: Int?

    /// A name found in a clause.
    private struct NameHit {
        var start: Int
        var end: Int
        /// The definition's index in the lexicon.
        var definition: Int
        /// False for not-mapped names and names blocked by their context; they still end the previous reach.
        var active: Bool
        var pair: [String]
        /// The level is a cumulative total (`累计完成…`, a whole-term sentence): only changes are kept.
        var levelIsCumulative = false
    }

    private static let urbanRuralPair = ["disposable_income_urban", "disposable_income_rural"]
    /// The last scalars of the name prefix stops, the first scalars of the name suffix stops and the subitem marker.
    private static let namePrefixStopLasts = ScalarSet(firstsOf: IndicatorCues.namePrefixStops.map { Array($0.reversed()) })
    private static let nameSuffixStopFirsts = ScalarSet(firstsOf: IndicatorCues.nameSuffixStops)
    private static let subItemFirst = IndicatorCues.subItem[0]

    /// Creates a matcher for the names and ids of `lexicon`.
    init(lexicon: IndicatorLexicon) {
        self.lexicon = lexicon
        let definitions = lexicon.definitions
        var firstOfId: [String: Int] = [:]
        idNumbers = definitions.indices.map { index in
            if let first = firstOfId[definitions[index].id] { return first }
            firstOfId[definitions[index].id] = index
            return index
        }
        isFlow = definitions.map { IndicatorCues.flowIds.contains($0.id) }
        isRuralIncome = definitions.map { $0.id == "disposable_income_rural" }
        allIncome = lexicon.definitionIndex(id: "disposable_income_all")
    }

    private static let reach = 30
    private static let fromWords = CueWords([ScalarClass.word("由"), ScalarClass.word("从")])
    private static let splitWord = CueWords([ScalarClass.word("分别")])
    private static let cumulativePrefix = CueWords(IndicatorCues.cumulativePrefix)
    private static let termSpan = CueWords(IndicatorCues.termSpan)
    private static let nameConnectors = ScalarSet("、,和与及")
    /// Duration units, compared scalar by scalar with the unit as written.
    private static let durationUnits: [[UInt32]] = ["年", "个月", "天", "周", "小时", "个季度", "周年"].map(ScalarClass.word)

    /// The indicator mentions of `text`, given its numeric tokens (sorted by start).
    func indicators(in text: NumericText, tokens: [NumericToken], metadata: ReportMetadata?) -> [Entity] {
        var result: [Entity] = []
        guard !lexicon.definitions.isEmpty else { return result }
        var timing = IndicatorTiming(text: text, tokens: tokens, metadata: metadata)
        var values: [NumericToken] = []
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
                text, clauseStart..<clauseEnd, tokens: tokens[first..<last], values: &values, timing: &timing,
                into: &result)
            first = last
        }
        return result
    }

    /// Finds the names of one clause and attributes its tokens to them; `values` is scratch space.
    private func matchClause(
        _ text: NumericText, _ clause: Range<Int>, tokens: ArraySlice<NumericToken>, values: inout [NumericToken],
        timing: inout IndicatorTiming, into result: inout [Entity]
    ) {
        guard let lastStart = tokens.last(where: { $0.kind != .date })?.start else { return }
        var hits: [NameHit] = []
        var index = clause.lowerBound
        let trie = lexicon.trie
        let subItemFirst = Self.subItemFirst
        let scalars = text.scalars
        while index < lastStart {
            // lastStart is a token's start, so index is inside the text.
            let value = scalars[index]
            if trie.canStart(value), let match = trie.longestMatch(in: text, at: index, limit: clause.upperBound) {
                let end = bracketedAliasEnd(text, after: match.end, definition: match.definition, limit: clause.upperBound)
                hits.append(makeHit(text, start: index, end: end, definition: match.definition))
                index = end
            } else if value == subItemFirst, text.has(IndicatorCues.subItem, at: index) {
                hits.append(NameHit(start: index, end: index + 2, definition: 0, active: false, pair: []))
                index += 2
            } else {
                index += 1
            }
        }
        for number in hits.indices where hits[number].active {
            let hit = hits[number]
            let reach = number + 1 < hits.count ? hits[number + 1].start : clause.upperBound
            values.removeAll(keepingCapacity: true)
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
              idNumbers[alias.definition] == idNumbers[definition],
              text[alias.end] == 0x29 else { return end }
        return alias.end + 1
    }

    /// The name before `hit` when the two are coordinated (`出口9.8亿元,进口2.8亿元,分别增长…和…`,
    /// `存款余额、贷款余额分别…`): an active name of another id and the same kind, whose own figures
    /// are only levels, joined to `hit` by a connector. A `分别` pair after `hit` then gives it the first value.
    private func coordinatedPartner(
        _ text: NumericText, _ previous: NameHit, before hit: NameHit, tokens: ArraySlice<NumericToken>
    ) -> NameHit? {
        let definitions = lexicon.definitions
        guard previous.active, previous.pair.isEmpty, hit.pair.isEmpty,
              idNumbers[previous.definition] != idNumbers[hit.definition],
              definitions[previous.definition].level == definitions[hit.definition].level
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
        var hit = NameHit(start: start, end: end, definition: index, active: definition.mapped, pair: definition.pair)
        let before = text.skipSpaces(before: start)
        // A stop word the name itself begins with (新增城镇就业, 国家高新技术企业) does not block it.
        if Self.namePrefixStopLasts.contains(text[before - 1]),
           IndicatorCues.namePrefixStops.contains(where: { text.has($0, endingAt: before) && !text.has($0, at: start) }) {
            hit.active = false
        }
        hit.levelIsCumulative = isCumulativeContext(text, nameStart: start, isFlow: isFlow[index])
        let after = text.skipSpaces(from: end)
        if Self.nameSuffixStopFirsts.contains(text[after]),
           IndicatorCues.nameSuffixStops.contains(where: { text.has($0, at: after) }) {
            hit.active = false
        }
        if isRuralIncome[index],
           let prefix = IndicatorCues.urbanPairPrefixes.first(where: { text.has($0, endingAt: before) }),
           let all = allIncome {
            hit.start = before - prefix.count
            hit.definition = all
            hit.pair = Self.urbanRuralPair
        }
        return hit
    }

    /// Whether the name's level is a cumulative total: 累计 just before it in its clause, or, for a flow,
    /// a sentence that sums up the whole term (`五年来,…新增城镇就业3.1万人`).
    private func isCumulativeContext(_ text: NumericText, nameStart: Int, isFlow: Bool) -> Bool {
        var clauseStart = nameStart
        while clauseStart > 0, nameStart - clauseStart < 8, !ScalarClass.isClauseEnd(text[clauseStart - 1]),
              text[clauseStart - 1] != 0x2C {
            clauseStart -= 1
        }
        if Self.cumulativePrefix.occurs(in: text, clauseStart..<nameStart) { return true }
        guard isFlow else { return false }
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
        let kind = lexicon.definitions[hit.definition].level
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
            // The value, and the second of a coordinated pair of values.
            var second: NumericToken?
            let isSplitPair = partner != nil && Self.splitWord.occurs(in: text, gapRange)
            if hit.pair.count == 2 || isSplitPair, index + 1 < values.count, values[index + 1].kind == token.kind,
               isConnected(text, token.end..<values[index + 1].start) {
                second = values[index + 1]
            }
            let measure: Entity.Measure
            var sign = 1.0
            // 由2017年的1520亿元增加到…: the starting figure; 连续5年稳定在…: a duration.
            let isStartingPoint = token.kind == .money && Self.fromWords.occurs(in: text, gapRange) && !hasLevel
            let isDuration = token.kind == .quantity && token.hasUnit(in: Self.durationUnits, of: text)
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
            let definitions = lexicon.definitions
            if let second, hit.pair.count != 2, let partner {
                result.append(
                    mention(text, partner, id: definitions[partner.definition].id, token: token, measure: measure,
                            sign: sign, timing: &timing))
                result.append(
                    mention(text, hit, id: definitions[hit.definition].id, token: second, measure: measure, sign: sign,
                            timing: &timing))
            } else if let second {
                for (member, value) in zip(hit.pair, [token, second]) {
                    result.append(
                        mention(text, hit, id: member, token: value, measure: measure, sign: sign, timing: &timing))
                }
            } else {
                result.append(
                    mention(text, hit, id: definitions[hit.definition].id, token: token, measure: measure, sign: sign,
                            timing: &timing))
            }
            anchor = (second ?? token).end
            index += second == nil ? 1 : 2
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
        case .money: unit = token.currency?.rawValue
        case .percent: unit = "%"
        case .percentagePoint: unit = "pp"
        default: unit = token.unit.map(text.string)
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
