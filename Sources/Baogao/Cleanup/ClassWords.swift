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

    /// Words that mark an element a browser does not show (a CSS class that sets `display: none`).
    public static let hidden: Set<Substring> = ["hidden", "hide", "invisible"]

    /// Whether a lower-cased `class id` string has a word of `set`.
    public static func has(_ label: String, in set: Set<Substring>) -> Bool {
        label.split(whereSeparator: { !$0.isLetter || !$0.isASCII }).contains(where: { set.contains($0) })
    }
}
