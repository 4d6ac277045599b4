/// Groups page paths into reports: `4285.html`, `4285_2.html`, `4285_3.html` in one folder are one
/// report with id `…/4285`; any other page is a report of its own.
public enum ReportGrouper {
    /// The largest page number recognised in `<id>_<n>.html` (larger suffixes are part of the id).
    public static let maxPageNumber = 999

    /// The report id and page number of a page path.
    public static func source(for relativePath: String) -> PageSource {
        let withoutExtension = relativePath.lastIndex(of: ".").map { String(relativePath[..<$0]) } ?? relativePath
        let nameStart = withoutExtension.lastIndex(of: "/").map { withoutExtension.index(after: $0) } ?? withoutExtension.startIndex
        if let underscore = withoutExtension.lastIndex(of: "_"), underscore > nameStart {
            let digits = withoutExtension[withoutExtension.index(after: underscore)...]
            if !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
               let number = Int(digits), number >= 2, number <= maxPageNumber, digits.first != "0" {
                return PageSource(relativePath: relativePath, reportID: String(withoutExtension[..<underscore]), pageNumber: number)
            }
        }
        return PageSource(relativePath: relativePath, reportID: withoutExtension, pageNumber: 1)
    }

    /// The reports of a list of page paths, sorted by id (UTF-8 byte order).
    ///
    /// The pages of a report share its id's storage: the groups stay alive for the whole run,
    /// and one id string per page instead of per report was about 1 MB more at 20,000 pages.
    public static func group(_ paths: [String]) -> [ReportGroup] {
        var indexByID: [String: Int] = [:]
        var ids: [String] = []
        var pages: [[PageSource]] = []
        for path in paths {
            var source = source(for: path)
            if let index = indexByID[source.reportID] {
                source.reportID = ids[index]
                pages[index].append(source)
            } else {
                indexByID[source.reportID] = ids.count
                ids.append(source.reportID)
                pages.append([source])
            }
        }
        return zip(ids, pages).map { ReportGroup(id: $0, pages: $1) }
            .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
}
