/// Qualifier words around a number: before it (`突破`, `约`, `近`) and after its unit (`左右`, `以上`).
enum QualifierLexicon {
    /// Words before a number, longest first so that 不超过 wins over 超过 and 超.
    static let prefixes: [([UInt32], Entity.Qualifier)] = [
        ("不超过", Entity.Qualifier.lte), ("超过", .gte), ("突破", .gte), ("接近", .nearly), ("逾", .gte), ("超", .gte),
        ("近", .nearly), ("约", .approx),
    ].map { (ScalarClass.word($0.0), $0.1) }

    /// Words after a unit.
    static let suffixes: [([UInt32], Entity.Qualifier)] = [
        ("左右", Entity.Qualifier.approx), ("以上", .gte), ("以内", .lte), ("以下", .lte),
    ].map { (ScalarClass.word($0.0), $0.1) }

    /// The last scalars of the prefixes and the first scalars of the suffixes: most positions are none of them.
    private static let prefixLasts = ScalarSet(firstsOf: prefixes.map { Array($0.0.reversed()) })
    private static let suffixFirsts = ScalarSet(firstsOf: suffixes.map(\.0))

    /// Characters that make a one-character prefix part of another word (签约, 附近, 赶超).
    private static let wordHeads: [UInt32: ScalarSet] = [
        ScalarClass.word("约")[0]: ScalarSet("签节合违制预履特邀集相公条契婚大"),
        ScalarClass.word("近")[0]: ScalarSet("附最临靠就亲贴将"),
        ScalarClass.word("超")[0]: ScalarSet("赶高"),
    ]

    /// The qualifier word ending at `end`, with its start.
    static func prefix(_ text: NumericText, endingAt end: Int) -> (start: Int, qualifier: Entity.Qualifier)? {
        guard prefixLasts.contains(text[end - 1]) else { return nil }
        for (word, qualifier) in prefixes where text.has(word, endingAt: end) {
            let start = end - word.count
            if word.count == 1, let heads = wordHeads[word[0]], heads.contains(text[start - 1]) { return nil }
            return (start, qualifier)
        }
        return nil
    }

    /// The qualifier word starting at `index`, with its end.
    static func suffix(_ text: NumericText, at index: Int) -> (end: Int, qualifier: Entity.Qualifier)? {
        guard suffixFirsts.contains(text[index]) else { return nil }
        for (word, qualifier) in suffixes where text.has(word, at: index) {
            return (index + word.count, qualifier)
        }
        return nil
    }
}
