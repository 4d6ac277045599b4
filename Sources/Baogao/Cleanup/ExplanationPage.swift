import BaogaoHTML

/// The HTML of `baogao explain`: every block of a page in order, kept ones green and dropped ones
/// red, each annotated with the rule or score that decided, under a summary of the page-level
/// decisions (title and its source, chosen main element and its score, runner-up elements, profiles).
public enum ExplanationPage {
    /// The explanation document of one analysed page.
    public static func html(for analysis: PageCleaner.Analysis, page: String, encoding: String) -> String {
        let kept = analysis.decisions.filter(\.kept)
        let keptChars = kept.reduce(0) { $0 + $1.block.chars }
        let allChars = analysis.decisions.reduce(0) { $0 + $1.block.chars }
        var html = """
            <!DOCTYPE html>
            <html lang="zh"><head><meta charset="utf-8"><title>baogao explain: \(escape(page))</title>
            <style>
            body { font-family: sans-serif; max-width: 64em; margin: 2em auto; }
            table.summary { border-collapse: collapse; margin-bottom: 1em; font-size: 90%; }
            table.summary th { text-align: left; padding: 2px 12px 2px 0; vertical-align: top; white-space: nowrap; }
            table.summary td { padding: 2px 0; }
            code { font-size: 90%; }
            .legend span { display: inline-block; padding: 2px 8px; margin-right: 8px; border-left: 6px solid; }
            .block { margin: 4px 0; padding: 4px 8px; border-left: 6px solid; }
            .kept { background: #e6f7e6; border-color: #2e9b2e; }
            .dropped { background: #fbe9e9; border-color: #c33; color: #555; }
            .main { outline: 1px dashed #2e6fb0; }
            .why { display: block; font-size: 75%; color: #333; font-family: monospace; }
            .where { display: block; font-size: 70%; color: #2e6fb0; font-family: monospace; }
            </style></head><body>
            <h1>baogao explain</h1>
            <table class="summary">
            <tr><th>Page</th><td><code>\(escape(page))</code> (\(escape(encoding)))</td></tr>
            <tr><th>Title</th><td><strong>\(escape(analysis.title ?? "(none)"))</strong> — from \(escape(analysis.titleSource ?? "nowhere"))</td></tr>
            <tr><th>&lt;title&gt;</th><td>\(escape(analysis.tree.title ?? "(none)"))</td></tr>
            <tr><th>Published</th><td>\(escape(analysis.publishedDate ?? "(not shown)"))</td></tr>
            <tr><th>Profiles</th><td>\(escape(analysis.profiles.isEmpty ? "none" : analysis.profiles.joined(separator: ", ")))</td></tr>

            """
        if let choice = analysis.choice, choice.root < analysis.tree.nodes.count {
            html += "<tr><th>Main element</th><td><code>\(escape(analysis.tree.path(of: choice.root, depth: 8)))</code> — "
            html += "\(figures(of: choice.root, in: choice))</td></tr>\n"
            if let listing = choice.firstPostOf, listing < analysis.tree.nodes.count {
                html += "<tr><th>Listing</th><td>the best element <code>\(escape(analysis.tree.path(of: listing, depth: 6)))</code> — "
                html += "\(figures(of: listing, in: choice)) — holds repeated posts with timestamps; the main element is its first post</td></tr>\n"
            }
            html += "<tr><th>Runners-up</th><td>"
            for index in runnersUp(of: choice, in: analysis.tree) {
                html += "<code>\(escape(analysis.tree.path(of: index, depth: 5)))</code> — \(figures(of: index, in: choice))<br>\n"
            }
            html += "</td></tr>\n"
        }
        html += """
            <tr><th>Kept</th><td>\(kept.count) of \(analysis.decisions.count) blocks, \(keptChars) of \(allChars) characters</td></tr>
            </table>
            <p class="legend"><span class="kept">kept</span><span class="dropped">dropped</span>
            <span class="block main">inside the main element (dashed)</span>
            Score = mass − noise: mass is the prose characters of a subtree, noise its link and boilerplate characters.</p>

            """
        for decision in analysis.decisions {
            let block = decision.block
            let inside = analysis.choice.map { choice in
                block.owner >= choice.root && block.owner < Int(analysis.tree.nodes[choice.root].subtreeEnd)
            } ?? false
            let figures = "chars \(block.chars), links \(Int(block.linkDensity * 100))%, punctuation \(block.punctuation)"
            html += "<div class=\"block \(decision.kept ? "kept" : "dropped")\(inside ? " main" : "")\" data-kept=\"\(decision.kept)\">"
            html += "<span class=\"why\">\(decision.kept ? "KEPT" : "DROPPED"): \(escape(decision.reason)) — \(figures)</span>"
            if block.owner < analysis.tree.nodes.count {
                html += "<span class=\"where\">\(escape(analysis.tree.path(of: block.owner, depth: 4)))</span>"
            }
            html += escape(block.text) + "</div>\n"
        }
        html += "</body></html>\n"
        return html
    }

    private static func figures(of index: Int, in choice: ContentSelector.Choice) -> String {
        guard index < choice.scores.count else { return "" }
        var text = "score \(Int(choice.scores[index].rounded()))"
        if index < choice.mass.count && index < choice.noise.count {
            text += " (mass \(Int(choice.mass[index].rounded())), noise \(Int(choice.noise[index].rounded())))"
        }
        return text
    }

    /// The best-scoring elements that neither contain nor sit inside the chosen one, best first.
    private static func runnersUp(of choice: ContentSelector.Choice, in tree: HTMLTree, limit: Int = 3) -> [Int] {
        let root = choice.root
        let rootEnd = Int(tree.nodes[root].subtreeEnd)
        var picked: [Int] = []
        let order = choice.scores.indices.filter { !tree.nodes[$0].isText && choice.scores[$0] > 0 }
            .sorted { choice.scores[$0] > choice.scores[$1] }
        for index in order where picked.count < limit {
            let end = Int(tree.nodes[index].subtreeEnd)
            let related = (index <= root && end >= rootEnd) || (index >= root && index < rootEnd)
            let overlapsPicked = picked.contains { other in
                let otherEnd = Int(tree.nodes[other].subtreeEnd)
                return (index <= other && end >= otherEnd) || (index >= other && index < otherEnd)
            }
            if !related && !overlapsPicked { picked.append(index) }
        }
        return picked
    }

    private static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
