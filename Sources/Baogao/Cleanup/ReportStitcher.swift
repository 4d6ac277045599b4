/// The stitch stage: joins a report's clean pages in page order into one document.
///
/// The title is taken once (from the first page that has one). A paragraph that stands on every
/// page of a multi-page report is template residue (a repeated title line, a page header the
/// extractor kept) and is dropped everywhere.
public struct ReportStitcher: Stage {
    public static let name = "stitch"

    /// Creates a stitcher.
    public init() {}

    /// Joins the pages (already in page order) of one report.
    public func run(_ input: (id: String, pages: [CleanPage])) -> StitchedReport {
        let pages = input.pages
        var repeated: Set<String> = []
        if pages.count >= 2 {
            var counts: [String: Int] = [:]
            for page in pages {
                for key in Set(page.paragraphs.map(MatchKey.of)) { counts[key, default: 0] += 1 }
            }
            repeated = Set(counts.filter { $0.value == pages.count }.map(\.key))
        }
        var paragraphs: [String] = []
        for page in pages {
            for paragraph in page.paragraphs where repeated.isEmpty || !repeated.contains(MatchKey.of(paragraph)) {
                paragraphs.append(paragraph)
            }
        }
        let encodings = Set(pages.map(\.encoding))
        return StitchedReport(
            id: input.id, sources: pages.map(\.source.relativePath),
            title: pages.lazy.compactMap(\.title).first ?? "", paragraphs: paragraphs,
            publishedDate: pages.lazy.compactMap(\.publishedDate).first,
            encoding: encodings.count == 1 ? encodings.first! : "mixed", warnings: pages.flatMap(\.warnings))
    }
}
