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
    }

    private static let reach = 30
    private static let fromWords = CueWords([ScalarClass.word("由"), ScalarClass.word("从")])
    private static let durationUnits: Set<String> = ["年", "个月", "天", "周", "小时", "个季度", "周年"]

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
                hits.append(makeHit(text, start: index, end: match.end, definition: match.definition))
                index = match.end
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
            attribute(text, hit, values: values, timing: &timing, into: &result)
        }
    }

    private func makeHit(_ text: NumericText, start: Int, end: Int, definition index: Int) -> NameHit {
        let definition = lexicon.definitions[index]
        var hit = NameHit(start: start, end: end, definition: definition, active: definition.mapped, pair: definition.pair)
        let before = text.skipSpaces(before: start)
        let nameStartsWithPrefixStop = IndicatorCues.namePrefixStops.contains { text.has($0, at: start) }
        if !nameStartsWithPrefixStop, IndicatorCues.namePrefixStops.contains(where: { text.has($0, endingAt: before) }) {
            hit.active = false
        }
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

    /// Gives the values after one name their roles and appends the mentions.
    private func attribute(
        _ text: NumericText, _ hit: NameHit, values: [NumericToken], timing: inout IndicatorTiming,
        into result: inout [Entity]
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
            if hit.pair.count == 2, index + 1 < values.count, values[index + 1].kind == token.kind,
               isConnected(text, token.end..<values[index + 1].start) {
                group.append(values[index + 1])
            }
            let measure: Entity.Measure
            var sign = 1.0
            // 由2017年的1520亿元增加到…: the starting figure; 连续5年稳定在…: a duration.
            let isStartingPoint = token.kind == .money && Self.fromWords.occurs(in: text, gapRange) && !hasLevel
            let isDuration = token.kind == .quantity && token.unit.map { Self.durationUnits.contains($0) } == true
            if isStartingPoint || isDuration {
                anchor = token.end
                index += 1
                continue
            }
            switch (token.kind, kind) {
            case (.money, .money), (.quantity, .count):
                if gap.isGrowth && !gap.isToLevel { return }
                if gap.isCumulative {
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
                guard gap.isGrowth, !gap.isToLevel else { return }
                measure = gap.isAverage ? .avg_annual_growth : .growth
                sign = gap.isNegative ? -1 : 1
            default:
                return
            }
            let ids = group.count == 2 ? hit.pair : [hit.definition.id]
            for (member, value) in zip(ids, group) {
                result.append(mention(text, hit, id: member, token: value, measure: measure, sign: sign, timing: &timing))
            }
            anchor = group.last!.end
            index += group.count
            if measure != .level {
                if kind != .rate { return }
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
