import Foundation
import XCTest

/// The pages of `../shared/corpus` (real Chinese pages saved by others), as UTF-8, for tests that
/// compare two ways of parsing them; the tests are skipped where the corpus is absent.
enum SharedCorpus {
    /// Each page's path in the corpus and its bytes, repaired to valid UTF-8, in path order.
    static func pages() throws -> [(path: String, utf8: [UInt8])] {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("../shared/corpus is absent: the corpus comparison is skipped")
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }
        return try files.sorted().map { path in
            (path, Array(String(decoding: try Data(contentsOf: corpus.appendingPathComponent(path)), as: UTF8.self).utf8))
        }
    }
}
