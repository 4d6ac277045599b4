import Baogao
import BaogaoHTML
import Foundation

/// Drives one input through decode → cleanup → stitch → normalise → extract → encode, the way
/// ``ReportPipeline`` does for one page, and checks the invariants every stage promises.
///
/// A stage may refuse the input with a ``StageError`` (that is a result, not a finding); anything
/// else — a crash, a trap, an unexpected error, a broken invariant — stops the process, which is
/// what libFuzzer and the replay mode report.
enum FuzzHarness {
    /// The default pipeline of this checkout (or `BAOGAO_PIPELINE`), loaded once.
    static let pipeline: ReportPipeline = {
        let environment = ProcessInfo.processInfo.environment
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = environment["BAOGAO_PIPELINE"].map { URL(fileURLWithPath: $0) }
            ?? root.appendingPathComponent("Pipelines/default.yaml")
        do {
            let config = try PipelineLoader.load(file)
            return try ReportPipeline(config: config, inputRoot: "/nonexistent")
        } catch {
            FileHandle.standardError.write(Data("baogao-fuzz: cannot load \(file.path): \(error)\n".utf8))
            exit(2)
        }
    }()

    /// Runs every stage on `bytes` as the page `fuzz/1.html`.
    static func run(_ bytes: [UInt8]) {
        let source = PageSource(relativePath: "fuzz/1.html", reportID: "fuzz/1", pageNumber: 1)
        let pipeline = self.pipeline
        let decoded: DecodedPage
        do {
            decoded = try pipeline.decoder.run(RawPage(source: source, bytes: bytes))
        } catch is StageError {
            return
        } catch {
            fatalError("decode threw an unexpected error: \(error)")
        }
        check(decoded.utf8.allSatisfy { $0 != 0 }, "decoded page contains a NUL byte")
        check(decoded.utf8.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil },
              "decoded page is not valid UTF-8")
        // libxml2 must read the page without its unread markup as it reads the whole page (up to
        // the length of blank runs, which the reading with stand-ins shortens).
        switch (try? HTMLParser.parse(utf8: decoded.utf8), try? HTMLParser.parse(utf8: decoded.utf8, options: HTMLParseOptions(keepsUnreadMarkup: true))) {
        case (nil, nil): break
        case let (stripped?, whole?): check(stripped.isSameTree(as: whole, blankRunsFolded: true), "removing unread markup changed the parsed tree")
        default: check(false, "only one of the parses with and without unread markup failed")
        }
        let clean: CleanPage
        do {
            clean = try pipeline.cleaner.run(decoded)
        } catch is StageError {
            return
        } catch {
            fatalError("cleanup threw an unexpected error: \(error)")
        }
        let stitched = pipeline.stitcher.run((source.reportID, [clean]))
        let normalized = pipeline.normalizer.run(stitched)
        let record = pipeline.extractor.run(normalized)
        let encoded = pipeline.encoder.run(record)
        let line = encoded.line
        check(line.last == 0x0A && line.dropLast().allSatisfy { $0 != 0x0A }, "the record is not exactly one line")
        check((try? JSONSerialization.jsonObject(with: Data(line))) is [String: Any], "the record is not a JSON object")
        let scalars = Array(record.text.unicodeScalars)
        for entity in record.entities {
            let surface = Array(entity.surface.unicodeScalars)
            check(entity.start >= 0 && entity.start + surface.count <= scalars.count
                  && Array(scalars[entity.start..<(entity.start + surface.count)]) == surface,
                  "entity '\(entity.surface)' at \(entity.start) is not text[start ..< start + len(surface)]")
        }
        for heading in record.headings {
            check(heading.start >= 0 && heading.start <= scalars.count, "heading start \(heading.start) outside the text")
        }
        let entityLines = encoded.entityLines.split(separator: 0x0A)
        check(entityLines.count == record.entities.count, "not one entity line per entity")
        for line in entityLines {
            check((try? JSONSerialization.jsonObject(with: Data(line))) is [String: Any], "an entity line is not a JSON object")
        }
    }

    private static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("invariant broken: \(message())") }
    }
}
