import BaogaoHTML

/// Finds a listing of posts inside the chosen main element — a blog front page, a forum thread —
/// and narrows the main content to the first post, which is what such a page is about.
///
/// Posts are elements with the same tag and class/id words (`td.post-body`, `td.p4`) that each
/// hold prose, span several blocks on average, together hold most of the element's prose, and
/// each come with a timestamp (`01:20:44`) of their own. Report text split across sibling divs
/// has no per-part timestamps, and a report's paragraphs (`p.MsoNormal`) are one block each, so
/// neither is taken for posts.
enum RepeatedPosts {
    /// Fewer posts than this are not a listing.
    static let minimumPosts = 3
    /// The posts hold at least this share of the element's content mass.
    static let minimumShare = 0.7
    /// Posts average at least this many blocks.
    static let minimumBlocksPerPost = 2.0
    /// A timestamp line is at most this long (characters).
    static let maxTimestampChars = 80

    /// The first post's element when `root` holds a listing of posts, else nil.
    static func firstPost(in tree: HTMLTree, root: Int, blocks: [TextBlock], mass: [Double], minimumMass: Double) -> Int? {
        let rootEnd = Int(tree.nodes[root].subtreeEnd)
        guard mass[root] > 0 else { return nil }
        // Outermost labelled block elements with prose, grouped by tag and label.
        var groups: [String: [Int]] = [:]
        var index = root + 1
        while index < rootEnd {
            let node = tree.nodes[index]
            if !node.isText && node.label >= 0 && node.tag.isBlock && mass[index] >= minimumMass {
                let key = "\(node.tag.rawValue) " + tree.labels[Int(node.label)]
                if let last = groups[key]?.last, index < Int(tree.nodes[last].subtreeEnd) {
                    index += 1
                    continue
                }
                groups[key, default: []].append(index)
            }
            index += 1
        }
        var best: [Int]?
        for units in groups.values where units.count >= minimumPosts {
            let share = units.reduce(0) { $0 + mass[$1] } / mass[root]
            guard share >= minimumShare else { continue }
            if let current = best, current.reduce(0, { $0 + mass[$1] }) >= units.reduce(0, { $0 + mass[$1] }) { continue }
            if isListing(units, tree: tree, root: root, blocks: blocks) { best = units }
        }
        return best?.first
    }

    /// Whether the units average several blocks and each has a timestamp between the previous
    /// unit's end and its own end.
    private static func isListing(_ units: [Int], tree: HTMLTree, root: Int, blocks: [TextBlock]) -> Bool {
        var blockCount = 0
        var stamped = Array(repeating: false, count: units.count)
        var unit = 0
        for block in blocks where block.owner >= root {
            while unit < units.count && block.owner >= Int(tree.nodes[units[unit]].subtreeEnd) { unit += 1 }
            guard unit < units.count else { break }
            if block.owner >= units[unit] { blockCount += 1 }
            if !stamped[unit] && block.chars <= maxTimestampChars && hasTime(block.text) { stamped[unit] = true }
        }
        return Double(blockCount) / Double(units.count) >= minimumBlocksPerPost && stamped.allSatisfy { $0 }
    }

    /// Whether the text has a clock time `H:MM` or `HH:MM` (ASCII or full-width colon).
    static func hasTime(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4 else { return false }
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < scalars.count && scalars[index].value >= 0x30 && scalars[index].value <= 0x39 }
        for index in 1..<(scalars.count - 2) where scalars[index] == ":" || scalars[index] == "：" {
            if isDigit(index - 1) && isDigit(index + 1) && isDigit(index + 2) && !isDigit(index + 3) { return true }
        }
        return false
    }
}
