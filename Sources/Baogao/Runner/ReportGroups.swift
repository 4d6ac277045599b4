/// An archive's reports, sorted by id, made from its page paths when asked for (see
/// ``ReportGrouper/group(_:)``).
///
/// What a run holds for every report from the plan to the end: the paths and two arrays of
/// indices. A `[ReportGroup]` held a page's path, id and number as strings for the whole run
/// (about 200 bytes a page with the scan's strings: +4 MB of peak RSS at 20,010 pages).
public struct ReportGroups: RandomAccessCollection, Sendable {
    /// The pages' paths.
    let paths: PagePaths
    /// Indices into `paths`, report after report, each report's pages by page number.
    let order: [UInt32]
    /// Where each report's pages end in `order`.
    let ends: [UInt32]

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// The report at `position`, with its pages.
    public subscript(position: Int) -> ReportGroup {
        let pages = pageRange(of: position)
        let first = ReportGrouper.source(for: paths[Int(order[pages.lowerBound])])
        var sources = [first]
        sources.reserveCapacity(pages.count)
        for index in pages.dropFirst() {
            var source = ReportGrouper.source(for: paths[Int(order[index])])
            source.reportID = first.reportID
            sources.append(source)
        }
        return ReportGroup(id: first.reportID, pages: sources)
    }

    /// The id of the report at `position`.
    public func id(at position: Int) -> String {
        ReportGrouper.source(for: paths[Int(order[pageRange(of: position).lowerBound])]).reportID
    }

    /// The number of pages of the report at `position`.
    public func pageCount(at position: Int) -> Int {
        pageRange(of: position).count
    }

    /// Where the report's pages are in `order`.
    private func pageRange(of position: Int) -> Range<Int> {
        (position == 0 ? 0 : Int(ends[position - 1]))..<Int(ends[position])
    }
}
