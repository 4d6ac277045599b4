/// Finds the delivery date (`——2018年12月22日在…会议上`, `(2020年1月8日)`) and the title year (`2023年政府工作报告`).
public struct MetadataDateFinder: Sendable {
    /// Creates a finder.
    public init() {}

    /// Every `Y年M月[D日]` (or bare `Y年`) in `chars`, Arabic or Chinese numerals.
    public func dates<G: MetadataGlyph>(in chars: [G]) -> [MetadataDate] {
        var found: [MetadataDate] = []
        var index = 0
        while index < chars.count {
            guard let date = date(startingAt: index, in: chars) else {
                index += 1
                continue
            }
            found.append(date)
            index = date.end
        }
        return found
    }

    /// The delivery date in a header: the first full date set off as a dateline
    /// (after `——` or `(`, before `在` or `)`, or alone on its line).
    public func deliveryDate<G: MetadataGlyph>(in header: [G]) -> MetadataDate? {
        for date in dates(in: header) where date.month != nil {
            if isDateline(date, in: header) && (date.day != nil || followedByVenue(date, in: header)) {
                return date
            }
        }
        return nil
    }

    /// The year a title puts before `政府工作报告` (`2019年梨树县政府工作报告` → 2019), or nil.
    public func titleYear<G: MetadataGlyph>(in header: [G]) -> Int? {
        let report = MetadataScan.pattern("工作报告")
        for date in dates(in: header) where date.month == nil {
            var index = date.end
            while index < header.count && header[index] != "\n" && index - date.end < 24 {
                if MetadataScan.matches(report, in: header, at: index) { return date.year }
                index += 1
            }
        }
        return nil
    }

    private func isDateline<G: MetadataGlyph>(_ date: MetadataDate, in chars: [G]) -> Bool {
        let before: G? = date.start > 0 ? chars[date.start - 1] : nil
        let after: G? = date.end < chars.count ? chars[date.end] : nil
        if let before, MetadataScan.isOne(of: "—-－(（〔[【".unicodeScalars, before) { return true }
        if let after, MetadataScan.isOne(of: "在)）〕]】".unicodeScalars, after) { return true }
        let lineStart = before == nil || before == "\n"
        let lineEnd = after == nil || after == "\n"
        return lineStart && lineEnd
    }

    private func followedByVenue<G: MetadataGlyph>(_ date: MetadataDate, in chars: [G]) -> Bool {
        date.end < chars.count && chars[date.end] == "在"
    }

    private func date<G: MetadataGlyph>(startingAt start: Int, in chars: [G]) -> MetadataDate? {
        if start > 0 && MetadataNumeral.isNumeralCharacter(chars[start - 1]) { return nil }
        var end = start
        while end < chars.count && end - start < 4 && MetadataNumeral.isNumeralCharacter(chars[end]) && chars[end] != "十" {
            end += 1
        }
        guard end - start == 4, end < chars.count, chars[end] == "年",
            let year = MetadataNumeral.value(of: chars[start..<end]), (1949...2100).contains(year)
        else { return nil }
        var cursor = end + 1
        guard let month = MetadataNumeral.numeral(startingAt: cursor, in: chars), (1...12).contains(month.value),
            month.end < chars.count, chars[month.end] == "月"
        else {
            return MetadataDate(year: year, month: nil, day: nil, start: start, end: end + 1)
        }
        cursor = month.end + 1
        guard let day = MetadataNumeral.numeral(startingAt: cursor, in: chars), (1...31).contains(day.value),
            day.end < chars.count, chars[day.end] == "日" || chars[day.end] == "号"
        else {
            return MetadataDate(year: year, month: month.value, day: nil, start: start, end: cursor)
        }
        return MetadataDate(year: year, month: month.value, day: day.value, start: start, end: day.end + 1)
    }
}
