import XCTest
@testable import BaogaoHTML

/// Parses a page with one kind of stand-ins, without the fallback ``HTMLParser`` has, and compares
/// the tree with the whole page's: the check both kinds of stand-ins are held to.
enum StandInComparison {
    enum Kind {
        /// ``TextStandIns`` (whose reading also shortens blank runs: text is compared with them folded).
        case text
        /// ``AttributeStandIns``.
        case attributes
    }

    /// Whether the page had stand-ins of `kind`; a failure when one did not come back or the trees differ.
    static func assertStandInsComeBack(
        _ html: [UInt8], _ name: String, kind: Kind, file: StaticString = #filePath, line: UInt = #line
    ) throws -> Bool {
        let whole = try HTMLParser.parse(utf8: html, options: HTMLParseOptions(keepsUnreadMarkup: true))
        return try html.withUnsafeBufferPointer { page in
            var standIns: TextStandIns? = kind == .text ? TextStandIns(page: page) : nil
            var attributeStandIns: AttributeStandIns? = kind == .attributes ? AttributeStandIns(page: page) : nil
            guard let reduced = UnreadMarkup.removed(from: page, standIns: &standIns, attributeStandIns: &attributeStandIns) else {
                return false
            }
            let runs = standIns?.runs.isEmpty == false ? standIns : nil
            let tables = (attributeStandIns?.count ?? 0) > 0 ? attributeStandIns : nil
            guard runs != nil || tables != nil else { return false }
            let tree = reduced.withUnsafeBufferPointer {
                SAXTreeBuilder.parse($0, options: HTMLParser.parseOptions, maxNodes: 2_000_000, standIns: runs, attributeStandIns: tables)
            }
            let parsed = try XCTUnwrap(tree, "\(name): a stand-in did not come back", file: file, line: line)
            XCTAssertTrue(parsed.isSameTree(as: whole, blankRunsFolded: kind == .text), "\(name): trees differ", file: file, line: line)
            return true
        }
    }

    /// Each of `pages` must have stand-ins of `kind`, and they must come back.
    static func assertStandInsComeBack(onPages pages: [String], kind: Kind, file: StaticString = #filePath, line: UInt = #line) throws {
        for (index, page) in pages.enumerated() {
            XCTAssertTrue(try assertStandInsComeBack(Array(page.utf8), "page \(index)", kind: kind, file: file, line: line),
                          "page \(index): no stand-ins", file: file, line: line)
        }
    }

    /// Stand-ins of `kind` must come back on every page of `../shared/corpus`, and most pages must have some.
    static func assertStandInsComeBackOnTheSharedCorpus(kind: Kind, file: StaticString = #filePath, line: UInt = #line) throws {
        let pages = try SharedCorpus.pages()
        let withStandIns = try pages.filter { try assertStandInsComeBack($0.utf8, $0.path, kind: kind, file: file, line: line) }
        // The comparison means something only if most pages had stand-ins.
        XCTAssertGreaterThan(withStandIns.count, pages.count / 2, file: file, line: line)
    }
}
