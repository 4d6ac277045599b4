import BaogaoHTML

/// Chooses the element that holds a page's main content.
///
/// Every block adds *content mass* to its element and all ancestors: its non-link characters if
/// it reads like prose (has sentence punctuation, or is long), a fifth of them otherwise. It adds
/// *noise* for its link characters, and for all its characters when it sits in a boilerplate tag
/// or an element whose class/id names boilerplate. The chosen element maximises mass − noise
/// among the elements holding at least ``CleanupSettings/minProseShare`` of the densest prose
/// region's mass (an element's own paragraphs and its children's, Readability-style): the
/// smallest subtree that holds the prose and little else. When that element is a listing of
/// posts (``RepeatedPosts``), its first post is chosen. See `docs/extraction.md`.
public enum ContentSelector {
    /// The chosen element and the score of every element (for `explain`).
    public struct Choice: Sendable {
        /// The index of the chosen element in ``HTMLTree/nodes``.
        public var root: Int
        /// mass − noise per node index.
        public var scores: [Double]
        /// Content mass per node index (its subtree's).
        public var mass: [Double] = []
        /// Noise per node index (its subtree's).
        public var noise: [Double] = []
        /// When the best element is a listing of posts (a blog page, a forum thread), that element;
        /// ``root`` is then its first post.
        public var firstPostOf: Int? = nil
    }

    /// The nearest block-level ancestor of an element, or -1.
    static func blockParent(of index: Int, in tree: HTMLTree) -> Int {
        var cursor = Int(tree.nodes[index].parent)
        while cursor >= 0 && !tree.nodes[cursor].tag.isBlock { cursor = Int(tree.nodes[cursor].parent) }
        return cursor
    }

    /// Chooses the main-content element of a page.
    public static func choose(in tree: HTMLTree, blocks: [TextBlock], settings: CleanupSettings) -> Choice {
        let count = tree.nodes.count
        var mass = [Double](repeating: 0, count: count)
        var noise = [Double](repeating: 0, count: count)
        // Prose near each element: a block's mass counts fully for its own element and the block
        // element above it, and half for the one above that (like Readability's paragraph scores).
        var local = [Double](repeating: 0, count: count)
        for block in blocks where block.owner < count {
            let nonLink = Double(block.chars - block.linkChars)
            let evidence = block.evidence
            // Hidden text is neither evidence for nor against the element that holds it.
            if evidence.contains(.hidden) { continue }
            if evidence.contains(.boilerplateTag) || evidence.contains(.xpathDrop)
                || evidence.contains(.boilerplateLabel) {
                noise[block.owner] += Double(block.chars)
                continue
            }
            let prose = block.punctuation > 0 || block.chars >= 4 * settings.minContentChars
            if block.chars >= settings.minContentChars || block.punctuation > 0 {
                let blockMass = prose ? nonLink : nonLink * 0.2
                mass[block.owner] += blockMass
                if prose {
                    local[block.owner] += blockMass
                    let parent = blockParent(of: block.owner, in: tree)
                    if parent >= 0 {
                        local[parent] += blockMass
                        let grandparent = blockParent(of: parent, in: tree)
                        if grandparent >= 0 { local[grandparent] += blockMass / 2 }
                    }
                }
            }
            noise[block.owner] += Double(block.linkChars)
        }
        for index in stride(from: count - 1, through: 1, by: -1) {
            let parent = Int(tree.nodes[index].parent)
            guard parent >= 0 else { continue }
            mass[parent] += mass[index]
            noise[parent] += noise[index]
        }
        // Candidates hold at least a share of the page's densest prose: a lone paragraph elsewhere
        // (a copyright notice) cannot win because the article's container also holds link lists.
        let minimumMass = (local.max() ?? 0) * settings.minProseShare
        var best = 0
        var scores = [Double](repeating: 0, count: count)
        for index in 0..<count where !tree.nodes[index].isText {
            scores[index] = mass[index] - noise[index]
            guard mass[index] >= minimumMass else { continue }
            let deeper = index < Int(tree.nodes[best].subtreeEnd)
            if mass[best] < minimumMass || scores[index] > scores[best] || (scores[index] == scores[best] && deeper) {
                best = index
            }
        }
        if let post = RepeatedPosts.firstPost(
            in: tree, root: best, blocks: blocks, mass: mass, minimumMass: Double(4 * settings.minContentChars)) {
            return Choice(root: post, scores: scores, mass: mass, noise: noise, firstPostOf: best)
        }
        return Choice(root: best, scores: scores, mass: mass, noise: noise)
    }
}
