/// The prefilters of a list of rule patterns (``PatternPrefilter``) applied to a line together.
///
/// Each pattern's allowed characters are tested as before, but the strings that patterns require
/// are all looked for in one pass over the line (the rules' ``KeyScan``), not one pass per
/// pattern: on a short line of prose every pattern of the default rules but the character-limited
/// ones read the whole line, which made the rules' verdict the largest part of the decider.
struct PatternScreen: Sendable {
    /// Patterns that require strings and share the pass: `shared[i]` owns bit `firstBit + i`.
    private let shared: [RulePattern]
    private let firstBit: Int
    /// Each string a shared pattern requires, with the bit of the pattern.
    let needles: [(needle: String, mask: UInt64)]
    /// The other patterns, each tested alone: without a prefilter, without required strings, or
    /// past the bits a mask holds.
    private let alone: [RulePattern]

    /// A screen of `patterns` whose shared patterns own bits from `firstBit` on.
    init(_ patterns: [RulePattern], firstBit: Int = 0) {
        var shared: [RulePattern] = []
        var alone: [RulePattern] = []
        var needles: [(String, UInt64)] = []
        for pattern in patterns {
            guard let required = pattern.prefilter?.required, firstBit + shared.count < 64 else {
                alone.append(pattern)
                continue
            }
            for needle in required.needles { needles.append((needle, 1 << UInt64(firstBit + shared.count))) }
            shared.append(pattern)
        }
        self.shared = shared
        self.alone = alone
        self.needles = needles
        self.firstBit = firstBit
    }

    /// The bits this screen's patterns own.
    var bits: Int { shared.count }

    /// Whether some pattern may match `line` whole, given which bits' strings occur in it
    /// (`present`); false means none can, without running any.
    ///
    /// The line is valid UTF-8: no String is made of lines that no pattern can match (most).
    func anyMayMatch(utf8 line: UnsafeBufferPointer<UInt8>, present: UInt64) -> Bool {
        if alone.contains(where: { $0.mayMatchWhole(utf8: line) }) { return true }
        for (index, pattern) in shared.enumerated()
        where present & (1 << UInt64(firstBit + index)) != 0 && pattern.prefilter?.allowsCharacters(ofUTF8: line) ?? true {
            return true
        }
        return false
    }
}
