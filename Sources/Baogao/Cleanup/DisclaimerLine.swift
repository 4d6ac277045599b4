/// Recognises a site's disclaimer or copyright notice in any wording: a line that names the site or
/// the author's standing (本站, 本网站, 原作者, 作者观点, 来源于网络, …) *and* speaks of rights or
/// liability (转载, 版权, 侵权, 删除, 立场, 免责, …). Report prose never does both; a report may
/// speak of 版权 or 侵权 (IP protection), but never of 本站.
enum DisclaimerLine {
    /// Words by which a site or a copied text refers to itself.
    static let selfReferences = [
        "本站", "本网站", "本论坛", "本平台", "本刊", "本报社", "本公众号", "原作者", "作者观点", "作者个人观点",
        "来源于网络", "来自网络", "来自互联网", "源于网络", "源自网络", "网友上传", "网友投稿",
    ]
    /// Words of rights and liability.
    static let rightsWords = [
        "转载", "版权", "著作权", "侵权", "删除", "立场", "免责", "出处", "仅供参考", "仅供学习", "法律责任", "权益",
        "不代表",
    ]
    private static let selfReferenceSet = LiteralSet(selfReferences)
    private static let rightsWordSet = LiteralSet(rightsWords)
    /// Lines longer than this (characters) are prose, whatever words they hold.
    static let maxChars = 400

    /// Whether a line, given its match key and its character count, is a disclaimer.
    static func isDisclaimer(_ key: String, chars: Int) -> Bool {
        isDisclaimer(chars: chars, hasSelfReference: selfReferenceSet.occurs(in: key), hasRightsWord: rightsWordSet.occurs(in: key))
    }

    /// The same, told which of the two kinds of word the key holds (the rules' pass over a key,
    /// ``KeyScan``, finds both).
    static func isDisclaimer(chars: Int, hasSelfReference: Bool, hasRightsWord: Bool) -> Bool {
        chars <= maxChars && hasSelfReference && hasRightsWord
    }
}
