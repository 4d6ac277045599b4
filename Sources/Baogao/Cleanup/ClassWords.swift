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
    /// many on portal pages), and the hashes are looked up in sorted arrays: a `Set` hashed each
    /// word's hash again, about 2% of a run over `../shared/corpus`.
    public static func kinds(of label: String) -> (boilerplate: Bool, content: Bool) {
        var boilerplateWord = false
        var contentWord = false
        var hash = ContentHash.seed
        var length = 0
        func endWord() {
            if length > 0 {
                if contains(hash, boilerplateHashes) { boilerplateWord = true }
                if contains(hash, contentHashes) { contentWord = true }
            }
            hash = ContentHash.seed
            length = 0
        }
        var label = label
        label.withUTF8 { bytes in
            for byte in bytes {
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) {
                    hash = ContentHash.step(hash, byte)
                    length += 1
                } else {
                    endWord()
                }
            }
        }
        endWord()
        return (boilerplateWord, contentWord)
    }

    private static let boilerplateHashes = boilerplate.map { ContentHash.of($0.utf8) }.sorted()
    private static let contentHashes = content.map { ContentHash.of($0.utf8) }.sorted()

    /// Whether the sorted `hashes` hold `hash` (binary search).
    private static func contains(_ hash: UInt64, _ hashes: [UInt64]) -> Bool {
        var low = 0
        var high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < hashes.count && hashes[low] == hash
    }
}
