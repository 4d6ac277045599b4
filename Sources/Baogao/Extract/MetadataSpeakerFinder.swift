/// Finds who delivered a report: `县长王文佳`, `苏州市市长 吴庆文`, `区 长 庄 红`, `国务院总理 李强`, `代市长 …`,
/// or a bare name on the line after the dateline (`杜学军`, `(2023年1月11日 赵龙)`).
public struct MetadataSpeakerFinder: Sendable {
    /// Creates a finder.
    public init() {}

    /// Titles, longest first; each may carry the acting prefix 代.
    public static let roles: [String] = {
        let offices = ["省长", "市长", "区长", "县长", "旗长", "州长", "盟长", "主席"]
        return ["国务院代总理", "国务院总理"] + offices.map { "代" + $0 } + offices
    }()

    private static let roleChars: [[Unicode.Scalar]] = roles.map(MetadataScan.pattern)
    private static let terminators = "\n()（）,，:：;。、—-【】[]《》".unicodeScalars
    private static let stopWords: [[Unicode.Scalar]] = ["各位", "在", "同志", "代表"].map(MetadataScan.pattern)
    private static let notNames: [String] = [
        "政府", "报告", "代表", "会议", "工作", "人民", "全文", "热线", "信箱", "讲话", "主持", "大会", "委员", "年",
        "摘要", "节选", "附件", "目录", "实录", "解读", "图解", "草案", "前言", "说明", "视频", "来源", "发布", "编辑",
    ]

    /// The speaker named in `header` (spaces already removed, line breaks kept), or nil.
    ///
    /// `isPlaceName` rejects bare lines that are place names rather than people.
    public func speaker<G: MetadataGlyph>(
        in header: [G], isPlaceName: (String) -> Bool = { _ in false }
    ) -> ReportMetadata.Speaker? {
        if let titled = titledSpeaker(in: header) { return titled }
        return bareSpeaker(in: header, isPlaceName: isPlaceName)
    }

    private func titledSpeaker<G: MetadataGlyph>(in chars: [G]) -> ReportMetadata.Speaker? {
        var index = 0
        while index < chars.count {
            for (offset, role) in MetadataSpeakerFinder.roleChars.enumerated()
            where MetadataScan.matches(role, in: chars, at: index) {
                if index > 0 && chars[index - 1] == "副" { break }
                var nameStart = index + role.count
                while nameStart < chars.count && chars[nameStart] == "\n" { nameStart += 1 }  // 区长⏎庄红
                if let name = name(startingAt: nameStart, in: chars) {
                    return ReportMetadata.Speaker(name: name, role: MetadataSpeakerFinder.roles[offset])
                }
                break
            }
            index += 1
        }
        return nil
    }

    /// A name (2–4 Han characters, or a transcribed name with `·`) starting at `start`, up to a terminator.
    private func name<G: MetadataGlyph>(startingAt start: Int, in chars: [G]) -> String? {
        var end = start
        while end < chars.count {
            let character = chars[end]
            if MetadataScan.isOne(of: MetadataSpeakerFinder.terminators, character) || character.isASCIIDigit { break }
            if end > start && MetadataSpeakerFinder.stopWords.contains(where: { MetadataScan.matches($0, in: chars, at: end) }) {
                break
            }
            end += 1
            if end - start > 16 { return nil }
        }
        let candidate = G.string(chars[start..<end])
        return isPlausibleName(candidate) ? candidate : nil
    }

    private func isPlausibleName(_ candidate: String) -> Bool {
        let characters = Array(candidate)
        if characters.contains("·") || characters.contains("•") {
            guard (3...16).contains(characters.count) else { return false }
            return characters.allSatisfy { MetadataScan.isHan($0) || $0 == "·" || $0 == "•" }
        }
        guard (2...4).contains(characters.count), characters.allSatisfy(MetadataScan.isHan) else { return false }
        return !MetadataSpeakerFinder.notNames.contains { candidate.contains($0) }
    }

    /// A name without a title: alone on a header line after the dateline, or after the date in parentheses.
    private func bareSpeaker<G: MetadataGlyph>(in chars: [G], isPlaceName: (String) -> Bool) -> ReportMetadata.Speaker? {
        let finder = MetadataDateFinder()
        for date in finder.dates(in: chars) where date.day != nil {
            // (2023年1月11日 赵龙)
            if date.start > 0 && MetadataScan.isOne(of: "(（".unicodeScalars, chars[date.start - 1]),
                let name = name(startingAt: date.end, in: chars), !isPlaceName(name) {
                return ReportMetadata.Speaker(name: name, role: nil)
            }
        }
        let lines = chars.split(separator: "\n", omittingEmptySubsequences: true)
        var afterDateline = false
        for line in lines {
            let text = G.string(line)
            if afterDateline, isPlausibleName(text), !isPlaceName(text) {
                return ReportMetadata.Speaker(name: text, role: nil)
            }
            if text.contains("会议") || text.contains("日在") { afterDateline = true }
        }
        return nil
    }
}
