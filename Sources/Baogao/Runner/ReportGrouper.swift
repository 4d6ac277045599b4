/// Groups page paths into reports: `4285.html`, `4285_2.html`, `4285_3.html` in one folder are one
/// report with id `…/4285`; any other page is a report of its own.
public enum ReportGrouper {
    /// The largest page number recognised in `<id>_<n>.html` (larger suffixes are part of the id).
    public static let maxPageNumber = 999

    /// The report id and page number of a page path.
    ///
    /// Read on the path's UTF-8 bytes (`.`, `/` and `_` are single bytes): the `Character`
    /// version took 1.8 µs a page, 3.6 ms of the serial start-up of a 2,000-page run (perf).
    public static func source(for relativePath: String) -> PageSource {
        let utf8 = relativePath.utf8
        let end = utf8.lastIndex(of: UInt8(ascii: ".")) ?? utf8.endIndex
        let nameStart = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        if let underscore = utf8[nameStart..<end].lastIndex(of: UInt8(ascii: "_")), underscore > nameStart {
            let digits = utf8[utf8.index(after: underscore)..<end]
            if (1...3).contains(digits.count), digits.first != UInt8(ascii: "0"),
               digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                let number = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
                if number >= 2 && number <= maxPageNumber {
                    return PageSource(relativePath: relativePath, reportID: String(relativePath[..<underscore]), pageNumber: number)
                }
            }
        }
        return PageSource(relativePath: relativePath, reportID: String(relativePath[..<end]), pageNumber: 1)
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
