/// Finds the people's congress session a report was delivered at, in the header only.
///
/// Reads the long form `第十八届人民代表大会第二次会议` (also `第十四届全国人民代表大会第三次会议`) and
/// the short form `市十六届人大五次会议`. Sessions that the body merely mentions
/// (`完成了县十七届人大三次会议确定的目标任务`) lie after the salutation and are never read.
public struct MetadataMeetingFinder: Sendable {
    /// Creates a finder.
    public init() {}

    private static let congress = MetadataScan.pattern("人民代表大会")
    private static let congressShort = MetadataScan.pattern("人大")
    private static let standing: [[Unicode.Scalar]] = ["常务委员会", "常委会"].map(MetadataScan.pattern)
    private static let sessionWords: [[Unicode.Scalar]] = ["次会议", "次全体会议"].map(MetadataScan.pattern)
    /// Words after a session that only refer to it (`…会议以来`, `…会议确定的目标`).
    private static let mentionWords: [[Unicode.Scalar]] =
        ["以来", "确定", "精神", "通过", "批准", "部署", "决议", "决定", "召开", "期间", "闭幕", "审议"].map(MetadataScan.pattern)

    /// The meeting named in `header` (line breaks allowed anywhere), preferring one followed by `上`.
    public func meeting<G: MetadataGlyph>(in header: [G]) -> ReportMetadata.Meeting? {
        let chars = header.filter { $0 != "\n" }
        var first: ReportMetadata.Meeting?
        var index = 0
        while index < chars.count {
            if chars[index] == "届", let (meeting, end) = meeting(atTerm: index, in: chars) {
                if end < chars.count && chars[end] == "上" { return meeting }
                if MetadataMeetingFinder.mentionWords.contains(where: { MetadataScan.matches($0, in: chars, at: end) }) {
                    index = end
                    continue
                }
                if first == nil { first = meeting }
                index = end
                continue
            }
            index += 1
        }
        return first
    }

    private func meeting<G: MetadataGlyph>(atTerm termIndex: Int, in chars: [G]) -> (ReportMetadata.Meeting, Int)? {
        guard let term = MetadataNumeral.numeral(endingAt: termIndex, in: chars), term.value > 0 else { return nil }
        var cursor = termIndex + 1
        // Up to two filler characters (全国) before the congress name.
        var found = false
        for skip in 0...2 where cursor + skip < chars.count {
            if MetadataScan.matches(MetadataMeetingFinder.congress, in: chars, at: cursor + skip) {
                cursor += skip + MetadataMeetingFinder.congress.count
                found = true
                break
            }
            if MetadataScan.matches(MetadataMeetingFinder.congressShort, in: chars, at: cursor + skip) {
                cursor += skip + MetadataMeetingFinder.congressShort.count
                found = true
                break
            }
        }
        guard found else { return nil }
        for word in MetadataMeetingFinder.standing where MetadataScan.matches(word, in: chars, at: cursor) {
            return nil
        }
        if cursor < chars.count && chars[cursor] == "第" { cursor += 1 }
        guard let session = MetadataNumeral.numeral(startingAt: cursor, in: chars), session.value > 0 else { return nil }
        for word in MetadataMeetingFinder.sessionWords where MetadataScan.matches(word, in: chars, at: session.end) {
            return (ReportMetadata.Meeting(term: term.value, session: session.value), session.end + word.count)
        }
        return nil
    }
}
