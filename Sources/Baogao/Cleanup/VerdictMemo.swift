import Foundation

/// Verdicts on short lines already judged, shared by the pages that use one set of rules.
///
/// A site repeats its navigation, share bars and footers on every page, so most short lines have
/// been judged before; judging one again costs regular-expression matches. Entries are found by
/// ``ContentHash`` and confirmed byte for byte; the memo is emptied when it holds `capacity` lines,
/// which bounds its memory (lines are at most ``BoilerplateRules/patternLineLimit`` bytes).
final class VerdictMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var verdicts: [UInt64: (key: String, verdict: BoilerplateRules.Verdict)] = [:]
    /// Lines held before the memo starts again.
    let capacity: Int

    init(capacity: Int = 8_192) {
        self.capacity = capacity
    }

    /// The verdict on `key`: remembered, or computed by `judge` and remembered.
    func verdict(forKey key: String, judge: (String) -> BoilerplateRules.Verdict) -> BoilerplateRules.Verdict {
        let hash = ContentHash.of(key)
        let known = lock.withLock { verdicts[hash] }
        if let known, known.key.hasSameUTF8(as: key) { return known.verdict }
        let verdict = judge(key)
        lock.withLock {
            if verdicts.count >= capacity { verdicts.removeAll(keepingCapacity: true) }
            verdicts[hash] = (key, verdict)
        }
        return verdict
    }
}
