/// The units a number can carry, matched longest first (`个百分点` before `个月` before `个`).
enum UnitLexicon {
    /// A unit found after a number.
    struct Match: Sendable {
        /// The unit's kind.
        var kind: UnitKind
        /// The unit as written (`平方米`, `个月`, `元`).
        var surface: String
        /// The offset after the unit.
        var end: Int
    }

    private struct Unit: Sendable {
        var scalars: [UInt32]
        var surface: String
        var kind: UnitKind
    }

    private static let money: [(String, String)] = [
        ("元", "CNY"), ("人民币", "CNY"), ("美元", "USD"), ("美金", "USD"), ("欧元", "EUR"), ("港元", "HKD"),
        ("港币", "HKD"), ("日元", "JPY"), ("英镑", "GBP"),
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

    private static let table: [UInt32: [Unit]] = {
        var units: [Unit] = []
        for (word, code) in money {
            units.append(Unit(scalars: ScalarClass.word(word), surface: word, kind: .money(code)))
        }
        units.append(Unit(scalars: ScalarClass.word("%"), surface: "%", kind: .percent))
        units.append(Unit(scalars: ScalarClass.word("个百分点"), surface: "个百分点", kind: .percentagePoint))
        units.append(Unit(scalars: ScalarClass.word("百分点"), surface: "百分点", kind: .percentagePoint))
        for word in measures {
            units.append(Unit(scalars: ScalarClass.word(word), surface: word, kind: .measure))
        }
        var byFirst: [UInt32: [Unit]] = [:]
        for unit in units { byFirst[unit.scalars[0], default: []].append(unit) }
        for key in byFirst.keys { byFirst[key]!.sort { $0.scalars.count > $1.scalars.count } }
        return byFirst
    }()

    private static let firsts = ScalarSet(firstsOf: table.values.flatMap { $0.map(\.scalars) })

    /// A measure word extended by `/` and a second unit (`微克/立方米`, `吨/年`, `吨标准煤/万元`); other units unchanged.
    static func compound(in text: NumericText) -> (Match) -> Match {
        { unit in
            guard case .measure = unit.kind, text[unit.end] == 0x2F else { return unit }
            var next = unit.end + 1
            if text[next] == wan || text[next] == yi { next += 1 }
            guard let second = match(text, at: next) else { return unit }
            switch second.kind {
            case .measure, .money:
                return Match(kind: unit.kind, surface: text.string(unit.end - unit.surface.unicodeScalars.count..<second.end),
                             end: second.end)
            default:
                return unit
            }
        }
    }

    private static let wan = ScalarClass.word("万")[0]
    private static let yi = ScalarClass.word("亿")[0]

    /// The longest unit starting at `index`, if any.
    static func match(_ text: NumericText, at index: Int) -> Match? {
        let first = text[index]
        guard firsts.contains(first), let candidates = table[first] else { return nil }
        for unit in candidates where text.has(unit.scalars, at: index) {
            return Match(kind: unit.kind, surface: unit.surface, end: index + unit.scalars.count)
        }
        return nil
    }
}
