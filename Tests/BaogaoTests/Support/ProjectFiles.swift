import Foundation
@testable import Baogao

/// Paths of the project's own files, found from this source file.
enum ProjectFiles {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The default pipeline, loaded once.
    static let defaultPipeline: PipelineConfig = {
        try! PipelineLoader.load(root.appendingPathComponent("Pipelines/default.yaml"))
    }()

    /// A decoded page built from a UTF-8 string.
    static func decoded(_ html: String, path: String = "baogao/huadong/9001.html") throws -> DecodedPage {
        let source = ReportGrouper.source(for: path)
        return try CharsetDecoder().run(RawPage(source: source, bytes: Array(html.utf8)))
    }
}
