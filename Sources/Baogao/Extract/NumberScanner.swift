/// Finds numbers with units, qualifiers and dates in a text, left to right, in one pass over its scalars.
///
/// Arabic numbers take decimals, thousands commas, magnitudes (万, 亿, 千万, 万亿), 余/多 and products
/// (`2×100万千瓦`); the ends of a range (`3至5家`) are two mentions sharing the unit. Chinese numerals count only with a magnitude and a unit (`两亿元`).
/// Ordinals (第), numbers glued to Latin letters (PM2.5, 5G), ratios (`11.8:48.3`) and `20XX` are skipped.
struct NumberScanner {
    /// The text being scanned.
    let text: NumericText

    /// An Arabic number with its magnitude, as read from the text.
    private struct Reading {
        var value: DecimalValue
        /// Offset after the digits.
        var digitsEnd: Int
        /// Offset after magnitude and 余/多.
        var end: Int
        var integerDigits: Int
        var isPlainInteger: Bool
        var magnitude: Int
        var hasInnerQualifier: Bool
    }

    private static let di = ScalarClass.word("第")[0]
    private static let nian = ScalarClass.word("年")[0]
    private static let yue = ScalarClass.word("月")[0]
    private static let ri = ScalarClass.word("日")[0]
    private static let hao = ScalarClass.word("号")[0]
    private static let wan = ScalarClass.word("万")[0]
    private static let yi = ScalarClass.word("亿")[0]
    private static let qian = ScalarClass.word("千")[0]
    private static let bai = ScalarClass.word("百")[0]
    private static let times: UInt32 = 0xD7
    private static let cross: UInt32 = 0x2573
    private static let rangeConnectors = ScalarSet("至到~-—–〜～")
    private static let pairConnectors = ScalarSet("和与及、或")
    private static let yearTerminators = ScalarSet(",、。;:!?)\"”’ \n\t")
    private static let timeUnits: [[UInt32]] = ["年", "个月", "天", "周", "小时", "个季度", "个工作日", "分钟"].map(ScalarClass.word)
    private static let bareMoneyRuns: [[UInt32]] = [ScalarClass.word("千万"), ScalarClass.word("百万")]

    /// All tokens of the text, coordinated pairs resolved and bare numbers dropped.
    func scan() -> [NumericToken] {
        var tokens: [NumericToken] = []
        var index = 0
        let count = text.count
        // Reports carry about one number per 30 scalars.
        tokens.reserveCapacity(count / 32)
        let numerals = ChineseNumeral.numerals
        while index < count {
            let value = text.scalars[index]
            if value &- 0x30 < 10 {
                index = max(index + 1, scanArabic(at: index, into: &tokens))
            } else if value >= 0x3007, numerals.contains(value) {
                index = max(index + 1, scanChinese(at: index, into: &tokens))
            } else {
                index += 1
            }
        }
        return CoordinationResolver.resolve(tokens, in: text)
    }

    // MARK: Arabic numbers

    private func scanArabic(at start: Int, into tokens: inout [NumericToken]) -> Int {
        let previous = text[start - 1]
        if ScalarClass.isLetter(previous) || previous == 0x5F || previous == 0x2E || previous == Self.di {
            return skipAlphanumeric(from: start)
        }
        guard let reading = readArabic(at: start) else { return skipAlphanumeric(from: start) }
        let after = text[reading.digitsEnd]
        if ScalarClass.isLetter(after) { return skipAlphanumeric(from: start) }
        if isChainSeparator(at: reading.digitsEnd) { return skipChain(from: reading.digitsEnd) }
        if reading.isPlainInteger, reading.integerDigits == 4, let date = scanYear(reading, start: start, into: &tokens) {
            return date
        }
        var value = reading.value
        var numberEnd = reading.digitsEnd
        var end = reading.end
        var magnitude = reading.magnitude
        var inner = reading.hasInnerQualifier

        // 2×100万千瓦: one mention, the product.
        let timesAt = text.skipSpaces(from: reading.digitsEnd, limit: 1)
        if reading.magnitude == 0, text[timesAt] == Self.times {
            let next = text.skipSpaces(from: timesAt + 1, limit: 1)
            if ScalarClass.isDigit(text[next]), let second = readArabic(at: next),
               let product = value.multiplied(by: second.value.scaled(by: -second.magnitude)) {
                value = product.scaled(by: second.magnitude)
                numberEnd = second.digitsEnd
                end = second.end
                magnitude = second.magnitude
                inner = inner || second.hasInnerQualifier
            }
        }

        // 3至5万人, 3-5年, 6%-7%: each end is its own mention; a bare lower end takes the upper end's unit
        // and magnitude (CoordinationResolver), as the members of a coordinated pair do.
        let isRangeStart = rangeEnd(after: end) != nil
        let unitAt = text.skipSpaces(from: end)
        let unit = UnitLexicon.match(text, at: unitAt).map { UnitLexicon.compound($0, in: text) }

        // 增长-3.2%: a minus sign (not a range dash after a digit or letter) belongs to the number.
        var surfaceStart = start
        if previous == 0x2D || previous == 0x2212, !ScalarClass.isDigit(text[start - 2]),
           !ScalarClass.isLetter(text[start - 2]), text[start - 2] != 0x25 {
            surfaceStart = start - 1
            value.mantissa = -value.mantissa
        }
        var token = NumericToken(
            kind: .bare, start: surfaceStart, end: end, numberEnd: numberEnd, value: value, valueMax: nil,
            date: nil, currency: nil, unit: nil, qualifier: inner ? .gte : nil, suffixQualifier: nil,
            magnitude: magnitude)
        if let unit {
            apply(unit, to: &token)
            attachQualifiers(to: &token, unit: unit.span, after: tokens.last?.end ?? 0)
        } else if magnitude >= 4, isNounAhead(at: end) {
            token.kind = .quantity
            attachQualifiers(to: &token, unit: nil, after: tokens.last?.end ?? 0)
        } else if isRangeStart || (magnitude == 0 || !isNounAhead(at: end)) && isPairConnectorAhead(at: end) {
            token.kind = .bare
            token.end = end
        } else {
            return end
        }
        tokens.append(token)
        return token.kind == .bare ? end : token.end
    }

    /// Reads digits, decimals, thousands commas, a magnitude and 余/多 at `start`.
    private func readArabic(at start: Int) -> Reading? {
        var index = start
        var mantissa = 0
        var digits = 0
        while ScalarClass.isDigit(text[index]) {
            mantissa = mantissa &* 10 &+ Int(text[index] - 0x30)
            digits += 1
            index += 1
        }
        guard digits > 0, digits <= 15 else { return nil }
        var integerDigits = digits
        var plain = true
        // 1,234,567 (only with groups of exactly three).
        if digits <= 3 {
            while text[index] == 0x2C, ScalarClass.isDigit(text[index + 1]), ScalarClass.isDigit(text[index + 2]),
                  ScalarClass.isDigit(text[index + 3]), !ScalarClass.isDigit(text[index + 4]), integerDigits <= 12 {
                for offset in 1...3 { mantissa = mantissa * 10 + Int(text[index + offset] - 0x30) }
                integerDigits += 3
                index += 4
                plain = false
            }
        }
        var exponent = 0
        if text[index] == 0x2E, ScalarClass.isDigit(text[index + 1]) {
            index += 1
            while ScalarClass.isDigit(text[index]), digits < 17 {
                mantissa = mantissa * 10 + Int(text[index] - 0x30)
                exponent -= 1
                digits += 1
                index += 1
            }
            plain = false
        }
        let digitsEnd = index
        let magnitude = readMagnitude(at: digitsEnd)
        return Reading(
            value: DecimalValue(mantissa: mantissa, exponent: exponent + magnitude.power), digitsEnd: digitsEnd,
            end: magnitude.end, integerDigits: integerDigits, isPlainInteger: plain, magnitude: magnitude.power,
            hasInnerQualifier: magnitude.inner)
    }

    /// 千/百 right after the digits, 万/亿 runs, and 余/多 inside or after them (`740多万`, `4万多亿`, `1.5万余`).
    private func readMagnitude(at digitsEnd: Int) -> (power: Int, end: Int, inner: Bool) {
        var index = text.skipSpaces(from: digitsEnd, limit: 1)
        var power = 0
        var inner = false
        let first = text[index]
        if (first == Self.qian || first == Self.bai), UnitLexicon.match(text, at: index) == nil {
            let next = text[index + 1]
            if next == Self.wan || next == Self.yi || UnitLexicon.match(text, at: index + 1) != nil {
                power = first == Self.qian ? 3 : 2
                index += 1
            }
        }
        while true {
            let value = text[index]
            if value == Self.wan {
                power += 4
            } else if value == Self.yi {
                power += 8
            } else if ChineseNumeral.isInnerQualifier(value), text[index + 1] == Self.wan || text[index + 1] == Self.yi {
                inner = true
            } else {
                break
            }
            index += 1
        }
        if power == 0, index != digitsEnd, !inner {
            index = digitsEnd
        }
        // 2000余名, 100多家, 1.5万余个: 余/多 before a unit.
        let value = text[index]
        if ChineseNumeral.isInnerQualifier(value), !ScalarClass.isDigit(text[index + 1]),
           UnitLexicon.match(text, at: index + 1) != nil || power >= 4 {
            inner = true
            index += 1
        }
        return (power, index, inner)
    }

    /// The second number of a range (`至5`, `-5`, `到5万`) after `end`.
    private func rangeEnd(after end: Int) -> Reading? {
        let connector = text.skipSpaces(from: end, limit: 1)
        guard Self.rangeConnectors.contains(text[connector]) else { return nil }
        let next = text.skipSpaces(from: connector + 1, limit: 1)
        guard ScalarClass.isDigit(text[next]), let second = readArabic(at: next),
              !isChainSeparator(at: second.digitsEnd), !ScalarClass.isLetter(text[second.digitsEnd]) else { return nil }
        return second
    }

    // MARK: Dates

    /// A four-digit year: `2023年…` with month and day, or a bare heading year (`回顾2023`); nil if neither.
    private func scanYear(_ reading: Reading, start: Int, into tokens: inout [NumericToken]) -> Int? {
        let year = reading.value.mantissa
        guard reading.magnitude == 0, !reading.hasInnerQualifier, (1900...2100).contains(year) else { return nil }
        let nianAt = text.skipSpaces(from: reading.digitsEnd)
        if text[nianAt] == Self.nian {
            var end = nianAt + 1
            var date = TokenDate(year: year)
            if let month = readSmallNumber(at: text.skipSpaces(from: end), suffix: Self.yue, range: 1...12) {
                end = month.end
                date.month = month.value
                if let day = readSmallNumber(at: text.skipSpaces(from: end), suffix: Self.ri, range: 1...31)
                    ?? readSmallNumber(at: text.skipSpaces(from: end), suffix: Self.hao, range: 1...31) {
                    end = day.end
                    date.day = day.value
                }
            }
            tokens.append(dateToken(start: start, end: end, date: date))
            return end
        }
        // 2021-2025年: the first year of a year range.
        let after = text[reading.digitsEnd]
        if Self.rangeConnectors.contains(after) {
            let next = text.skipSpaces(from: reading.digitsEnd + 1, limit: 1)
            if let second = readArabic(at: next), second.isPlainInteger, second.integerDigits == 4,
               text[text.skipSpaces(from: second.digitsEnd)] == Self.nian {
                tokens.append(dateToken(start: start, end: reading.digitsEnd, date: TokenDate(year: year)))
                return reading.digitsEnd
            }
            return nil
        }
        // A bare year in a heading or list: 回顾2023, (2023)
        if year >= 1949, reading.end == reading.digitsEnd, Self.yearTerminators.contains(after) || after == 0 {
            let before = text[start - 1]
            if ScalarClass.isHan(before) || before == 0x0A || before == 0x20 || before == 0x28 || before == 0 {
                tokens.append(dateToken(start: start, end: reading.digitsEnd, date: TokenDate(year: year)))
                return reading.digitsEnd
            }
        }
        return nil
    }

    /// A one- or two-digit Arabic or Chinese number followed by `suffix` (月, 日), within `range`.
    private func readSmallNumber(at index: Int, suffix: UInt32, range: ClosedRange<Int>) -> (value: Int, end: Int)? {
        var value = 0
        var end = index
        if ScalarClass.isDigit(text[index]) {
            while ScalarClass.isDigit(text[end]), end - index < 2 {
                value = value * 10 + Int(text[end] - 0x30)
                end += 1
            }
            if ScalarClass.isDigit(text[end]) { return nil }
        } else if ChineseNumeral.isNumeral(text[index]) {
            let reading = ChineseNumeral.read(text, at: index)
            guard !reading.hasMagnitude, reading.length <= 3 else { return nil }
            value = reading.value.mantissa
            end = reading.end
        } else {
            return nil
        }
        let suffixAt = text.skipSpaces(from: end)
        guard text[suffixAt] == suffix, range.contains(value) else { return nil }
        return (value, suffixAt + 1)
    }

    private func dateToken(start: Int, end: Int, date: TokenDate) -> NumericToken {
        NumericToken(
            kind: .date, start: start, end: end, numberEnd: end, value: DecimalValue(mantissa: 0), valueMax: nil,
            date: date, currency: nil, unit: nil, qualifier: nil, suffixQualifier: nil, magnitude: 0)
    }

    // MARK: Chinese numerals

    private func scanChinese(at start: Int, into tokens: inout [NumericToken]) -> Int {
        let reading = ChineseNumeral.read(text, at: start)
        guard reading.length > 0 else { return start + 1 }
        if text[start - 1] == Self.di { return reading.end }
        // 二〇二三年三月五日
        if reading.isPlainDigits, reading.length == 4, text[text.skipSpaces(from: reading.end)] == Self.nian {
            let year = reading.value.mantissa
            guard (1900...2100).contains(year) else { return reading.end }
            var end = text.skipSpaces(from: reading.end) + 1
            var date = TokenDate(year: year)
            if let month = readSmallNumber(at: text.skipSpaces(from: end), suffix: Self.yue, range: 1...12) {
                end = month.end
                date.month = month.value
                if let day = readSmallNumber(at: text.skipSpaces(from: end), suffix: Self.ri, range: 1...31) {
                    end = day.end
                    date.day = day.value
                }
            }
            tokens.append(dateToken(start: start, end: end, date: date))
            return end
        }
        guard reading.hasMagnitude else { return reading.end }
        var end = reading.end
        var inner = reading.hasInnerQualifier
        if ChineseNumeral.isInnerQualifier(text[end]), ChineseNumeral.multiplier(text[end - 1]) != nil {
            inner = true
            end += 1
        }
        guard let unit = UnitLexicon.match(text, at: text.skipSpaces(from: end, limit: 1)) else { return reading.end }
        // XX亿元, ××万元: a placeholder amount, not a bare magnitude.
        let previous = text[start - 1]
        if !reading.hasDigit, ScalarClass.isLetter(previous) || previous == Self.times || previous == Self.cross {
            return reading.end
        }
        if !reading.hasDigit {
            guard case .money = unit.kind else { return reading.end }
            let run = Array(text.scalars[start..<reading.end])
            guard reading.hasYi || Self.bareMoneyRuns.contains(run) else { return reading.end }
        }
        guard reading.value.mantissa > 0 else { return reading.end }
        var token = NumericToken(
            kind: .bare, start: start, end: end, numberEnd: reading.end, value: reading.value, valueMax: nil,
            date: nil, currency: nil, unit: nil, qualifier: inner ? .gte : nil, suffixQualifier: nil,
            magnitude: reading.hasYi || reading.hasMagnitude ? 4 : 0)
        apply(unit, to: &token)
        attachQualifiers(to: &token, unit: unit.span, after: tokens.last?.end ?? 0)
        tokens.append(token)
        return token.end
    }

    // MARK: Units and qualifiers

    private func apply(_ unit: UnitLexicon.Match, to token: inout NumericToken) {
        token.end = unit.end
        switch unit.kind {
        case .money(let code):
            token.kind = .money
            token.currency = code
        case .percent:
            token.kind = .percent
        case .percentagePoint:
            token.kind = .percentagePoint
        case .measure:
            token.kind = .quantity
            token.unit = unit.span
        }
    }

    /// Adds 左右/以上/… after the token and 突破/约/近/… before it (not reaching back past `floor`).
    private func attachQualifiers(to token: inout NumericToken, unit: Range<Int>?, after floor: Int) {
        if let suffix = QualifierLexicon.suffix(text, at: text.skipSpaces(from: token.end, limit: 1)) {
            token.end = suffix.end
            token.suffixQualifier = suffix.qualifier
            token.qualifier = suffix.qualifier
        }
        let before = text.skipSpaces(before: token.start, limit: 1)
        if let prefix = QualifierLexicon.prefix(text, endingAt: before), prefix.start >= floor {
            let isRecentPeriod = prefix.qualifier == .nearly && unit.map(isTimeUnit) == true
            if !isRecentPeriod {
                token.start = prefix.start
                if token.qualifier == nil || token.suffixQualifier == nil { token.qualifier = prefix.qualifier }
            }
        }
    }

    // MARK: Context tests

    /// Whether the unit written at `span` is a span of time (`近5年` is a recent period, not `nearly`).
    private func isTimeUnit(_ span: Range<Int>) -> Bool {
        Self.timeUnits.contains { $0.count == span.count && text.has($0, at: span.lowerBound) }
    }

    /// A Han character that starts a noun rather than a connector or qualifier (`3.5万群众`).
    private func isNounAhead(at index: Int) -> Bool {
        let value = text[index]
        guard ScalarClass.isHan(value) else { return false }
        if Self.pairConnectors.contains(value) || Self.rangeConnectors.contains(value) { return false }
        return QualifierLexicon.suffix(text, at: index) == nil
    }

    /// 和/、/与 followed by another number (`1.2和0.8个百分点`).
    private func isPairConnectorAhead(at index: Int) -> Bool {
        let connector = text.skipSpaces(from: index, limit: 1)
        guard Self.pairConnectors.contains(text[connector]) else { return false }
        let next = text.skipSpaces(from: connector + 1, limit: 1)
        return ScalarClass.isDigit(text[next])
    }

    /// `:`/`∶`/`..`/`·`/`/` between digits: ratios, times and dates such as `11.8..48.3` or `7·15`.
    private func isChainSeparator(at index: Int) -> Bool {
        let value = text[index]
        if value == 0x3A || value == 0x2236 || value == 0xB7 || value == 0x30FB || value == 0x2F {
            return ScalarClass.isDigit(text[index + 1])
        }
        if value == 0x2E, text[index + 1] == 0x2E { return ScalarClass.isDigit(text[index + 2]) }
        return false
    }

    private func skipChain(from index: Int) -> Int {
        var current = index
        while true {
            let value = text[current]
            if ScalarClass.isDigit(value) || value == 0x2E || value == 0x3A || value == 0x2236 || value == 0xB7
                || value == 0x30FB || value == 0x2F {
                current += 1
            } else {
                return current
            }
        }
    }

    private func skipAlphanumeric(from index: Int) -> Int {
        var current = index
        while ScalarClass.isDigit(text[current]) || ScalarClass.isLetter(text[current])
            || (text[current] == 0x2E && ScalarClass.isDigit(text[current + 1])) {
            current += 1
        }
        return current
    }
}
