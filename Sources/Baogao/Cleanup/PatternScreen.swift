/// The prefilters of a list of rule patterns (``PatternPrefilter``) applied to a line together.
///
/// Each pattern's allowed characters are tested as before, but the strings that patterns require
/// are all looked for in one pass over the line, not one pass per pattern: on a short line of
/// prose every pattern of the default rules but the character-limited ones read the whole line,
/// which made the rules' verdict the largest part of the decider.
struct PatternScreen: Sendable {
    /// Patterns that require strings and share the one pass: bit `i` of a mask is `shared[i]`.
    private let shared: [RulePattern]
    /// Every string some shared pattern requires.
    private let literals: LiteralSet
    /// For each of `literals`' needles, the bits of the shared patterns that require it.
    private let owners: [UInt64]
    /// The other patterns, each tested alone: without a prefilter, without required strings, or
    /// past the 64 a mask holds.
    private let alone: [RulePattern]

    /// A screen of `patterns`.
    init(_ patterns: [RulePattern]) {
        var shared: [RulePattern] = []
        var alone: [RulePattern] = []
        var needles: [String] = []
        var owners: [UInt64] = []
        for pattern in patterns {
            guard let required = pattern.prefilter?.required, shared.count < 64 else {
                alone.append(pattern)
                continue
            }
            for needle in required.needles {
                needles.append(needle)
                owners.append(1 << UInt64(shared.count))
            }
            shared.append(pattern)
        }
        self.shared = shared
        self.alone = alone
        self.literals = LiteralSet(needles)
        self.owners = owners
    }

    /// Whether some pattern may match `line` whole; false means none can, without running any.
    func anyMayMatch(_ line: String) -> Bool {
        if alone.contains(where: { $0.mayMatchWhole(line) }) { return true }
        var present: UInt64?
        for (index, pattern) in shared.enumerated() where pattern.prefilter?.allowsCharacters(of: line) ?? true {
            let found = present ?? literals.union(of: owners, occurringIn: line)
            present = found
            if found & (1 << UInt64(index)) != 0 { return true }
        }
        return false
    }
}
