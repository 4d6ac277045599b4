import BaogaoHTML

/// Finds a page's title: an `<h1>` that agrees with `<title>`, else `<title>` without the site's
/// suffix, else `og:title`, else the first heading.
public enum TitleExtractor {
    /// Separators between a title and a site or column name in `<title>`.
    static let separators = ["_", "|", " - ", " – ", " — ", "－", "｜", "-"]

    /// The page's title, or nil when it has none.
    public static func title(of tree: HTMLTree, blocks: [TextBlock], suffixes: [String]) -> String? {
        titleAndSource(of: tree, blocks: blocks, suffixes: suffixes)?.title
    }

    /// The page's title and where it came from (`h1 agreeing with <title>`, `<title>`, `og:title`, …).
    public static func titleAndSource(of tree: HTMLTree, blocks: [TextBlock], suffixes: [String]) -> (title: String, source: String)? {
        let documentTitle = tree.title.map { cleaned($0, suffixes: suffixes) }.flatMap { $0.isEmpty ? nil : $0 }
        let documentKey = documentTitle.map(MatchKey.of) ?? ""
        let rawKey = tree.title.map(MatchKey.of) ?? ""
        let headings = blocks.filter { $0.evidence.contains(.heading) && $0.chars >= 4 && $0.linkDensity < 0.5 }
        let h1s = headings.filter { $0.evidence.contains(.h1) }
        for heading in h1s + headings {
            let key = MatchKey.of(heading.text)
            if !rawKey.isEmpty && (rawKey.contains(key) || key.contains(documentKey)) && !documentKey.isEmpty {
                return (heading.text, heading.evidence.contains(.h1) ? "h1 agreeing with <title>" : "heading agreeing with <title>")
            }
        }
        if let documentTitle { return (documentTitle, "<title>") }
        if let og = tree.meta("og:title"), !og.isEmpty { return (cleaned(og, suffixes: suffixes), "og:title") }
        if let h1 = h1s.first { return (h1.text, "first h1") }
        return headings.first.map { ($0.text, "first heading") }
    }

    /// Where `separator` first separates a title from a site or column name: a hyphen between two
    /// digits (`2021-2025年`) is part of the title, not a separator.
    static func siteSeparator(_ separator: String, in title: String) -> String.Index? {
        var from = title.startIndex
        while let range = title.firstUTF8Range(of: separator, from: from) {
            let hyphen = separator == "-" || separator == "－"
            let before = range.lowerBound > title.startIndex ? title[title.index(before: range.lowerBound)] : nil
            let after = range.upperBound < title.endIndex ? title[range.upperBound] : nil
            if !(hyphen && (before?.isNumber ?? false) && (after?.isNumber ?? false)) { return range.lowerBound }
            from = range.upperBound
        }
        return nil
    }

    /// A `<title>` without the site's suffixes and without trailing site or column names.
    static func cleaned(_ raw: String, suffixes: [String]) -> String {
        var title = raw.trimmingWhitespace()
        for suffix in suffixes where title.hasSuffix(suffix) {
            title = String(title.dropLast(suffix.count)).trimmingWhitespace()
        }
        for separator in separators {
            guard let cut = siteSeparator(separator, in: title) else { continue }
            let first = String(title[..<cut]).trimmingWhitespace()
            if first.unicodeScalars.count >= 4 { title = first }
        }
        return title
    }
}
