/// Decides whether an indicator figure is a plan or an outcome, and which year it refers to.
///
/// A sentence with 预期目标/力争/今年/… is a plan; otherwise the nearest section cue before it (within 3000 scalars)
/// (回顾/一年来 versus 工作安排/预期目标) decides, and outcomes are the default. The period is an explicit
/// year earlier in the sentence, else the report year (plans) or the year before (outcomes; the same year
/// for reports delivered from October on).
struct IndicatorTiming {
    /// The modality and period of one figure.
    struct Result {
        var modality: Entity.Modality
        var period: String?
    }

    private let text: NumericText
    private let years: [(start: Int, year: Int)]
    private let reportYear: Int?
    private let deliveredLate: Bool
    private var cachedSentence: (start: Int, isTarget: Bool)?
    /// Where section cues start, in text order, and whether each is a plan cue (else a review cue);
    /// found in one pass on first use instead of scanning back from every sentence.
    private var sectionCues: [(position: Int, isPlan: Bool)]?
    private static let targetWords = CueWords(IndicatorCues.target)
    private static let reviewWords = CueWords(IndicatorCues.reviewSection)
    private static let planWords = CueWords(IndicatorCues.planSection)
    /// The first scalars of every review and plan cue: most positions are none of them.
    private static let sectionFirsts = ScalarSet(firstsOf: IndicatorCues.reviewSection + IndicatorCues.planSection)

    /// Prepares for `text`, whose date tokens give explicit years.
    init(text: NumericText, tokens: [NumericToken], metadata: ReportMetadata?) {
        self.text = text
        years = tokens.compactMap { token in
            guard token.kind == .date, let iso = token.dateValue, let year = Int(iso.prefix(4)) else { return nil }
            return (token.start, year)
        }
        reportYear = metadata?.reportYear ?? metadata?.reportDate.flatMap { Int($0.prefix(4)) }
        if let date = metadata?.reportDate, date.count >= 7, let month = Int(date.dropFirst(5).prefix(2)) {
            deliveredLate = month >= 10
        } else {
            deliveredLate = false
        }
    }

    /// Modality and period for a name starting at `nameStart`.
    mutating func timing(nameStart: Int, measure: Entity.Measure) -> Result {
        var sentenceStart = nameStart
        while sentenceStart > 0, nameStart - sentenceStart < 400, text[sentenceStart - 1] != 0x3002 {
            sentenceStart -= 1
        }
        let isTarget: Bool
        if let cached = cachedSentence, cached.start == sentenceStart {
            isTarget = cached.isTarget
        } else {
            isTarget = targetSentence(sentenceStart..<nameStart)
            cachedSentence = (sentenceStart, isTarget)
        }
        let modality: Entity.Modality = isTarget ? .target : .actual
        var base = explicitYear(in: sentenceStart..<nameStart)
        if base == nil, let reportYear {
            base = isTarget ? reportYear + (deliveredLate ? 1 : 0) : reportYear - (deliveredLate ? 0 : 1)
        }
        guard let year = base else { return Result(modality: modality, period: nil) }
        if measure == .avg_annual_growth {
            return Result(modality: modality, period: isTarget ? nil : "\(year - 4)-\(year)")
        }
        return Result(modality: modality, period: String(year))
    }

    /// The last year written in `range`.
    private func explicitYear(in range: Range<Int>) -> Int? {
        var low = 0
        var high = years.count
        while low < high {
            let middle = (low + high) / 2
            if years[middle].start < range.upperBound { low = middle + 1 } else { high = middle }
        }
        guard low > 0, years[low - 1].start >= range.lowerBound else { return nil }
        return years[low - 1].year
    }

    private mutating func targetSentence(_ sentence: Range<Int>) -> Bool {
        if Self.targetWords.occurs(in: text, sentence) { return true }
        let cues = sectionCues ?? findSectionCues()
        sectionCues = cues
        // The nearest cue starting before the sentence, no more than 3000 scalars back.
        var low = 0
        var high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].position < sentence.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low > 0, cues[low - 1].position >= sentence.lowerBound - 3000 else { return false }
        return cues[low - 1].isPlan
    }

    /// Every position where a review or plan cue starts (a review cue wins where both start).
    private func findSectionCues() -> [(position: Int, isPlan: Bool)] {
        var cues: [(position: Int, isPlan: Bool)] = []
        let firsts = Self.sectionFirsts
        for index in 0..<text.count where firsts.contains(text[index]) {
            if Self.reviewWords.match(in: text, at: index) != nil {
                cues.append((index, false))
            } else if Self.planWords.match(in: text, at: index) != nil {
                cues.append((index, true))
            }
        }
        return cues
    }
}
