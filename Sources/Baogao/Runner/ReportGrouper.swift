/// Groups page paths into reports: `4285.html`, `4285_2.html`, `4285_3.html` in one folder are one
/// report with id `…/4285`; any other page is a report of its own.
public enum ReportGrouper {
    /// The largest page number recognised in `<id>_<n>.html` (larger suffixes are part of the id).
    public static let maxPageNumber = 999

    /// The report id and page number of a page path.
    public static func source(for relativePath: String) -> PageSource {
        var path = relativePath
        return path.withUTF8 { bytes in
            let (idLength, pageNumber) = split(bytes)
            let id = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<idLength]), as: UTF8.self)
            return PageSource(relativePath: relativePath, reportID: id, pageNumber: pageNumber)
        }
    }

    /// The length of the report id that starts a page path's UTF-8 bytes, and the page number.
    ///
    /// Read on bytes (`.`, `/` and `_` are single bytes, so the id is whole characters): the
    /// `Character` version took 1.8 µs a page, 3.6 ms of the serial start-up of a 2,000-page run
    /// (perf).
    static func split(_ path: UnsafeBufferPointer<UInt8>) -> (idLength: Int, pageNumber: Int) {
        let end = path.lastIndex(of: UInt8(ascii: ".")) ?? path.endIndex
        let nameStart = path[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        if let underscore = path[nameStart..<end].lastIndex(of: UInt8(ascii: "_")), underscore > nameStart {
            let digits = path[(underscore + 1)..<end]
            if (1...3).contains(digits.count), digits.first != UInt8(ascii: "0"),
               digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                let number = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
                if number >= 2 && number <= maxPageNumber { return (underscore, number) }
            }
        }
        return (end, 1)
    }

    /// The reports of a list of page paths, sorted by id (UTF-8 byte order), each with its pages
    /// by page number.
    ///
    /// The groups live for the whole run, so they are indices into the paths (see
    /// ``ReportGroups``), sorted once by id, page number and path: no string is made here.
    public static func group(_ paths: PagePaths) -> ReportGroups {
        paths.withBytes { buffer in
            let keys = paths.indices.map { position in
                let range = paths.range(of: position)
                let (idLength, pageNumber) = split(UnsafeBufferPointer(rebasing: buffer[range]))
                return (id: range.lowerBound..<(range.lowerBound + idLength), pageNumber: pageNumber)
            }
            var order = paths.indices.map { UInt32($0) }
            order.sort { first, second in
                let (a, b) = (keys[Int(first)], keys[Int(second)])
                if !sameBytes(a.id, b.id, in: buffer) {
                    return PagePaths.precedes(a.id, b.id, in: buffer)
                }
                if a.pageNumber != b.pageNumber { return a.pageNumber < b.pageNumber }
                return PagePaths.precedes(paths.range(of: Int(first)), paths.range(of: Int(second)), in: buffer)
            }
            var ends: [UInt32] = []
            for (position, page) in order.enumerated().dropFirst() {
                let (id, previous) = (keys[Int(page)].id, keys[Int(order[position - 1])].id)
                if !sameBytes(id, previous, in: buffer) { ends.append(UInt32(position)) }
            }
            if !order.isEmpty { ends.append(UInt32(order.count)) }
            return ReportGroups(paths: paths, order: order, ends: ends)
        }
    }

    /// Whether two ranges hold the same bytes.
    private static func sameBytes(_ first: Range<Int>, _ second: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        first == second || buffer[first].elementsEqual(buffer[second])
    }
}
