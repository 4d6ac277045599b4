/// Generic class/id words that hint at boilerplate or at content — evidence, never a site's ids.
public enum ClassWords {
    /// Words (whole, after splitting on `-`, `_`, digits and spaces) that mark boilerplate.
    public static let boilerplate: Set<Substring> = [
        "nav", "navbar", "navigation", "menu", "footer", "foot", "copyright", "copy", "comment", "comments",
        "reply", "share", "sharebar", "bdshare", "social", "sidebar", "side", "aside", "breadcrumb", "crumb",
        "crumbs", "ad", "ads", "advert", "advertisement", "banner", "related", "relate", "recommend",
        "pagination", "pager", "pages", "paging", "login", "search", "toolbar", "tools", "hot", "rank",
        "friendlink", "links", "topbar", "subnav", "guestbook", "captcha", "widget", "popup", "modal",
        "disclaimer", "statement", "print", "fontsize",
    ]

    /// Words that mark the main content.
    public static let content: Set<Substring> = [
        "content", "article", "main", "text", "body", "detail", "details", "zoom", "story", "post", "entry",
        "conent", "cont", "con", "txt", "zw", "zhengwen", "news", "info",
    ]

    /// Whether a lower-cased `class id` string has a boilerplate word and a content word. Words
    /// are runs of ASCII letters; they are compared by hash, without making strings (labels are
    /// many on portal pages).
    public static func kinds(of label: String) -> (boilerplate: Bool, content: Bool) {
        var boilerplateWord = false
        var contentWord = false
        var hash = ContentHash.seed
        var length = 0
        func endWord() {
            if length > 0 {
                if boilerplateHashes.contains(hash) { boilerplateWord = true }
                if contentHashes.contains(hash) { contentWord = true }
            }
            hash = ContentHash.seed
            length = 0
        }
        for byte in label.utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) {
                hash = ContentHash.step(hash, byte)
                length += 1
            } else {
                endWord()
            }
        }
        endWord()
        return (boilerplateWord, contentWord)
    }

    private static let boilerplateHashes = Set(boilerplate.map { ContentHash.of($0.utf8) })
    private static let contentHashes = Set(content.map { ContentHash.of($0.utf8) })
}
