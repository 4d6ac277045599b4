/// The prefilters of a list of rule patterns (``PatternPrefilter``) applied to a line together.
///
/// Each pattern's allowed characters are tested as before, but the strings that patterns require
/// are all looked for in one pass over the line (the rules' ``KeyScan``), not one pass per
/// pattern: on a short line of prose every pattern of the default rules but the character-limited
/// ones read the whole line, which made the rules' verdict the largest part of the decider.
struct PatternScreen: Sendable {
    /// The patterns in order, each with the bit its required strings set in the shared pass, or
    /// 0 for a pattern tested alone (without a prefilter, without required strings, or past the
    /// bits a mask holds).
    private let patterns: [(pattern: RulePattern, bit: UInt64)]
    /// Each string a shared pattern requires, with the bit of the pattern.
    let needles: [(needle: String, mask: UInt64)]
    /// The bits this screen's patterns own.
    let bits: Int

    /// A screen of `patterns` whose shared patterns own bits from `firstBit` on.
    init(_ patterns: [RulePattern], firstBit: Int = 0) {
        var screened: [(RulePattern, UInt64)] = []
        var needles: [(String, UInt64)] = []
        var bits = 0
        for pattern in patterns {
            guard let required = pattern.prefilter?.required, firstBit + bits < 64 else {
                screened.append((pattern, 0))
                continue
            }
            let bit: UInt64 = 1 << UInt64(firstBit + bits)
            for needle in required.needles { needles.append((needle, bit)) }
            screened.append((pattern, bit))
            bits += 1
        }
        self.patterns = screened
        self.needles = needles
        self.bits = bits
    }

    /// The first pattern, in order, that matches `line` whole, given which bits' strings occur in
    /// it (`present`); only patterns the screen lets through run, each alone (one expression of
    /// them all ran every pattern on any line that one let through: ICU was a fortieth of the
    /// corpus's instructions). `text` makes the String the expressions read, once.
    func firstMatch(utf8 line: UnsafeBufferPointer<UInt8>, present: UInt64, text: () -> String) -> RulePattern? {
        for (pattern, bit) in patterns where mayMatch(pattern, bit: bit, utf8: line, present: present) && pattern.matchesWhole(text()) {
            return pattern
        }
        return nil
    }

    /// Whether some pattern may match `line` whole, given which bits' strings occur in it
    /// (`present`); false means none can, without running any.
    ///
    /// The line is valid UTF-8: no String is made of lines that no pattern can match (most).
    func anyMayMatch(utf8 line: UnsafeBufferPointer<UInt8>, present: UInt64) -> Bool {
        patterns.contains { mayMatch($0.pattern, bit: $0.bit, utf8: line, present: present) }
    }

    private func mayMatch(_ pattern: RulePattern, bit: UInt64, utf8 line: UnsafeBufferPointer<UInt8>, present: UInt64) -> Bool {
        guard bit != 0 else { return pattern.mayMatchWhole(utf8: line) }
        return present & bit != 0 && pattern.prefilter?.allowsCharacters(ofUTF8: line) ?? true
    }
}
