import Foundation
import XCTest

final class ExplainCommandTests: XCTestCase {
    func testExplainWritesKeptAndDroppedBlocksWithReasons() throws {
        let folder = try BaogaoBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = try FileManager.default.subpathsOfDirectory(atPath: BaogaoBinary.root.appendingPathComponent("Data/sample-archive").path)
            .filter { $0.hasSuffix(".html") }.sorted()
        let page = "Data/sample-archive/" + (try XCTUnwrap(pages.first))
        let destination = folder.appendingPathComponent("e.html").path
        let result = try BaogaoBinary.run(["explain", page, "--output", destination])
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = try String(contentsOfFile: destination, encoding: .utf8)
        XCTAssertTrue(html.contains("data-kept=\"true\""))
        XCTAssertTrue(html.contains("data-kept=\"false\""))
        XCTAssertTrue(html.contains("DROPPED: "))
    }
}
