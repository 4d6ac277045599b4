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
    /// The last name start asked about and its sentence start (a name's level and change share both).
    private var cachedNameStart: (name: Int, sentence: Int)?
    /// Where section cues start, in text order, and whether each is a plan cue (else a review cue);
    /// found in one forward pass, extended only as far as a sentence asks, instead of scanning back from every sentence.
    private var sectionCues: [(position: Int, isPlan: Bool)] = []
    /// The text before this offset has been searched for section cues.
    private var sectionCuesEnd = 0
    private static let targetWords = CueWords(IndicatorCues.target)
    /// Review cues, then plan cues: the first match at a position is a review cue whenever one occurs there.
    private static let sectionWords = WordTable(IndicatorCues.reviewSection + IndicatorCues.planSection)
    private static let reviewCount = IndicatorCues.reviewSection.count

    /// Prepares for `text`, whose date tokens give explicit years.
    init(text: NumericText, tokens: [NumericToken], metadata: ReportMetadata?) {
        self.text = text
        years = tokens.compactMap { token in
            guard token.kind == .date, let date = token.date else { return nil }
            return (token.start, date.year)
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
        if let cached = cachedNameStart, cached.name == nameStart {
            sentenceStart = cached.sentence
        } else {
            while sentenceStart > 0, nameStart - sentenceStart < 400, text[sentenceStart - 1] != 0x3002 {
                sentenceStart -= 1
            }
            cachedNameStart = (nameStart, sentenceStart)
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
        if sectionCuesEnd < sentence.lowerBound {
            findSectionCues(upTo: sentence.lowerBound)
        }
        let cues = sectionCues
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

    /// Adds every position before `end` (and not searched yet) where a review or plan cue starts
    /// (a review cue wins where both start).
    private mutating func findSectionCues(upTo end: Int) {
        let words = Self.sectionWords
        let reviewCount = Self.reviewCount
        let scalars = text.scalars
        let stop = min(end, scalars.count)
        guard sectionCuesEnd < stop else { return }
        words.forEachPossibleStart(in: scalars, range: sectionCuesEnd..<stop) { index in
            if let number = words.firstMatch(in: text, at: index) {
                sectionCues.append((index, number >= reviewCount))
            }
        }
        sectionCuesEnd = stop
    }
}
