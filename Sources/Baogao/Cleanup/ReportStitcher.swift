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
        // Lines are compared by the hash of their match key (``CleanPage/paragraphKeys``, from
        // cleanup): hashing a String normalises it (NFC) on every lookup, which showed up in
        // profiles; a 64-bit hash needs no more.
        var repeated: Set<UInt64> = []
        let keys = pages.map(\.paragraphKeys)
        if pages.count >= 2 {
            var counts: [UInt64: Int] = [:]
            for pageKeys in keys {
                for key in Set(pageKeys) { counts[key, default: 0] += 1 }
            }
            repeated = Set(counts.filter { $0.value == pages.count }.map(\.key))
        }
        var paragraphs: [ArraySlice<UInt8>] = []
        for (pageIndex, page) in pages.enumerated() {
            for (index, paragraph) in page.paragraphUTF8.enumerated()
            where repeated.isEmpty || !repeated.contains(keys[pageIndex][index]) {
                paragraphs.append(paragraph)
            }
        }
        let encodings = Set(pages.map(\.encoding))
        return StitchedReport(
            id: input.id, sources: pages.map(\.source.relativePath),
            title: pages.lazy.compactMap(\.title).first ?? "", paragraphUTF8: paragraphs,
            paragraphsInNFKC: pages.allSatisfy(\.paragraphsInNFKC),
            publishedDate: pages.lazy.compactMap(\.publishedDate).first,
            encoding: encodings.count == 1 ? encodings.first! : "mixed", warnings: pages.flatMap(\.warnings))
    }
}
