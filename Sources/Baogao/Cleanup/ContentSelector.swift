import BaogaoHTML

/// Chooses the element that holds a page's main content.
///
/// Every block adds *content mass* to its element and all ancestors: its non-link characters if
/// it reads like prose (has sentence punctuation, or is long), a fifth of them otherwise. It adds
/// *noise* for its link characters, and for all its characters when it sits in a boilerplate tag
/// or an element whose class/id names boilerplate. The chosen element maximises mass − noise:
/// the smallest subtree that holds the prose and little else. See `docs/extraction.md`.
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
    }

    /// Chooses the main-content element of a page.
    public static func choose(in tree: HTMLTree, blocks: [TextBlock], settings: CleanupSettings) -> Choice {
        let count = tree.nodes.count
        var mass = [Double](repeating: 0, count: count)
        var noise = [Double](repeating: 0, count: count)
        for block in blocks where block.owner < count {
            let nonLink = Double(block.chars - block.linkChars)
            let evidence = block.evidence
            if evidence.contains(.boilerplateTag) || evidence.contains(.xpathDrop) || evidence.contains(.hidden)
                || (evidence.contains(.boilerplateLabel) && !evidence.contains(.contentLabel)) {
                noise[block.owner] += Double(block.chars)
                continue
            }
            let prose = block.punctuation > 0 || block.chars >= 4 * settings.minContentChars
            if block.chars >= settings.minContentChars || block.punctuation > 0 {
                mass[block.owner] += prose ? nonLink : nonLink * 0.2
            }
            noise[block.owner] += Double(block.linkChars)
        }
        for index in stride(from: count - 1, through: 1, by: -1) {
            let parent = Int(tree.nodes[index].parent)
            guard parent >= 0 else { continue }
            mass[parent] += mass[index]
            noise[parent] += noise[index]
        }
        var best = 0
        var scores = [Double](repeating: 0, count: count)
        for index in 0..<count where !tree.nodes[index].isText {
            scores[index] = mass[index] - noise[index]
            let deeper = index < Int(tree.nodes[best].subtreeEnd)
            if scores[index] > scores[best] || (scores[index] == scores[best] && deeper) {
                best = index
            }
        }
        return Choice(root: best, scores: scores, mass: mass, noise: noise)
    }
}
