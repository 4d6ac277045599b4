/// The units a number can carry, matched longest first (`个百分点` before `个月` before `个`).
enum UnitLexicon {
    /// A unit found after a number.
    struct Match: Sendable {
        /// The unit's kind.
        var kind: UnitKind
        /// The offset of the unit as written (`平方米`, `个月`, `元`, `吨/年`).
        var start: Int
        /// The offset after the unit.
        var end: Int

        /// Where the unit is written.
        var span: Range<Int> { start..<end }
    }

    private struct Unit: Sendable {
        var scalars: [UInt32]
        var kind: UnitKind
    }

    private static let money: [(String, Currency)] = [
        ("元", .CNY), ("人民币", .CNY), ("美元", .USD), ("美金", .USD), ("欧元", .EUR), ("港元", .HKD),
        ("港币", .HKD), ("日元", .JPY), ("英镑", .GBP),
    ]

    /// Measure words; durations, anniversaries, multiples, capacities and areas included.
    private static let measures: [String] = [
        "个月", "个工作日", "个季度", "个小时", "个", "家次", "家", "件次", "件", "人次", "人口", "人", "名", "户次", "户",
        "亩", "公顷", "平方公里", "平方千米", "平方米", "平米", "立方米", "公里", "千米", "米", "吨标准煤", "吨", "千克",
        "公斤", "斤", "千瓦时", "千瓦", "兆瓦时", "兆瓦", "千伏安", "千伏", "度", "座", "条", "项", "所", "处", "台套", "台",
        "套", "辆次", "辆", "架次", "架", "艘", "张", "间", "栋", "幢", "块", "场次", "场", "车次", "次", "批", "支", "只",
        "头", "羽", "株", "棵", "标准箱", "标箱", "箱", "天", "年", "小时", "分钟", "周年", "周岁", "周", "倍", "届", "级",
        "期", "种", "类", "部", "篇", "本", "份", "起", "宗", "例", "位", "床", "岁", "片", "站", "盏", "眼", "根", "枚",
        "册", "批次", "组", "层", "股", "项次", "分", "趟", "轮", "课时", "微克", "毫米", "厘米",
    ]

    /// All units, longest first (no word is listed twice, so the first match at a position is the longest).
    private static let units: [Unit] = {
        var units: [Unit] = []
        for (word, code) in money {
            units.append(Unit(scalars: ScalarClass.word(word), kind: .money(code)))
        }
        units.append(Unit(scalars: ScalarClass.word("%"), kind: .percent))
        units.append(Unit(scalars: ScalarClass.word("个百分点"), kind: .percentagePoint))
        units.append(Unit(scalars: ScalarClass.word("百分点"), kind: .percentagePoint))
        for word in measures {
            units.append(Unit(scalars: ScalarClass.word(word), kind: .measure))
        }
        return units.sorted { $0.scalars.count > $1.scalars.count }
    }()

    private static let table = WordTable(units.map(\.scalars))

    /// A measure word extended by `/` and a second unit (`微克/立方米`, `吨/年`, `吨标准煤/万元`); other units unchanged.
    static func compound(_ unit: Match, in text: NumericText) -> Match {
        guard case .measure = unit.kind, text[unit.end] == 0x2F else { return unit }
        var next = unit.end + 1
        if text[next] == wan || text[next] == yi { next += 1 }
        guard let second = match(text, at: next) else { return unit }
        switch second.kind {
        case .measure, .money:
            return Match(kind: unit.kind, start: unit.start, end: second.end)
        default:
            return unit
        }
    }

    private static let wan = ScalarClass.word("万")[0]
    private static let yi = ScalarClass.word("亿")[0]

    /// The longest unit starting at `index`, if any.
    static func match(_ text: NumericText, at index: Int) -> Match? {
        guard let number = table.firstMatch(in: text, at: index) else { return nil }
        return Match(kind: units[number].kind, start: index, end: index + table.length(of: number))
    }
}
