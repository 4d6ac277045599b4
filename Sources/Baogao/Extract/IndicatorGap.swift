/// What the text between a name (or its previous figure) and the next figure says, read in one pass.
struct IndicatorGap {
    private struct Cue {
        var word: [UInt32]
        var growth = false
        var negative = false
        var toLevel = false
        var average = false
        var cumulative = false
        var completion = false
        var stop = false
    }

    private static let cues: [Cue] = {
        var cues: [Cue] = []
        func add(_ words: [[UInt32]], _ set: (inout Cue) -> Void) {
            for word in words {
                if let index = cues.firstIndex(where: { $0.word == word }) {
                    set(&cues[index])
                } else {
                    var cue = Cue(word: word)
                    set(&cue)
                    cues.append(cue)
                }
            }
        }
        add(IndicatorCues.growth) { $0.growth = true }
        add(IndicatorCues.negative) { $0.negative = true }
        add(IndicatorCues.toLevel) { $0.toLevel = true }
        add(IndicatorCues.average) { $0.average = true }
        add(IndicatorCues.cumulative) { $0.cumulative = true }
        add(IndicatorCues.completion) { $0.completion = true }
        add(IndicatorCues.gapStops) { $0.stop = true }
        return cues
    }()
    private static let cueWords = WordTable(cues.map(\.word))
    /// The words allowed between a name and its level, in `IndicatorCues.levelGap` order.
    private static let levelGapWords = WordTable(IndicatorCues.levelGap)

    /// A change word occurs (增长, 下降, 同比, …).
    var isGrowth = false
    /// The last change word is a decrease.
    var isNegative = false
    /// 年均 occurs.
    var isAverage = false
    /// A change word introduces a level (提高到, 降至).
    var isToLevel = false
    /// 累计 occurs.
    var isCumulative = false
    /// 计划/目标/任务 occurs: a percent after it is a completion rate (`完成年度计划82.3%`).
    var isCompletion = false
    /// A word that ends the name's reach occurs (占, 比重, 高于, 其中, …).
    var hasStop = false
    /// Non-space scalars in the gap.
    var length = 0

    /// Reads `range` of `text`.
    init(_ text: NumericText, _ range: Range<Int>) {
        var lastGrowth = -1
        var lastNegative = -1
        let cues = Self.cues
        let words = Self.cueWords
        for index in range {
            let value = text[index]
            if !ScalarClass.isSpace(value) { length += 1 }
            guard words.canStart(value) else { continue }
            words.forEachMatch(in: text, at: index, limit: range.upperBound) { number in
                let cue = cues[number]
                if cue.growth { lastGrowth = index }
                if cue.negative { lastNegative = index }
                isToLevel = isToLevel || cue.toLevel
                isAverage = isAverage || cue.average
                isCumulative = isCumulative || cue.cumulative
                isCompletion = isCompletion || cue.completion
                hasStop = hasStop || cue.stop
            }
        }
        isGrowth = lastGrowth >= 0
        isNegative = lastNegative >= 0 && lastNegative >= lastGrowth - 1
    }

    /// Whether the gap holds only verbs like 完成/达到/稳定在, spaces and parenthesised remarks.
    static func allowsLevel(_ text: NumericText, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        var depth = 0
        let words = levelGapWords
        while index < range.upperBound {
            let value = text[index]
            if value == 0x28 {
                depth += 1
                index += 1
                continue
            }
            if value == 0x29, depth > 0 {
                depth -= 1
                index += 1
                continue
            }
            // Dates and 的 inside the gap: 增加到2021年的2100亿元.
            if depth > 0 || ScalarClass.isSpace(value) || ScalarClass.isDigit(value) || value == 0x5E74 || value == 0x7684 {
                index += 1
                continue
            }
            guard let number = words.firstMatch(in: text, at: index, limit: range.upperBound) else { return false }
            index += words.length(of: number)
        }
        return true
    }
}
