#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest
@testable import Baogao

/// A run over hostile pages and file-system oddities: no crash, no hang, every good report written,
/// every bad page listed with its reason, nothing written outside the output folder.
final class HostileArchiveTests: XCTestCase {
    /// Generated once for the class: the big cases cost seconds to write.
    nonisolated(unsafe) private static var archive: HostileArchive!

    override class func setUp() {
        super.setUp()
        archive = try! HostileArchive()
    }

    override class func tearDown() {
        archive = nil
        super.tearDown()
    }

    /// The page time limit of these runs. Under a sanitizer (`make sanitize` sets `ASAN_OPTIONS` or
    /// `TSAN_OPTIONS`) a debug build runs tens of times slower, and the 1M-element page must not
    /// time out for that reason alone.
    private static let pageTimeout: Double =
        ProcessInfo.processInfo.environment.keys.contains { $0.hasSuffix("SAN_OPTIONS") } ? 900 : 60

    private func run(_ root: String, into output: TemporaryDirectory, jobs: Int = 2, timeout: Double = pageTimeout,
                     progress: (@Sendable (RunProgress) -> Void)? = nil) throws -> RunSummary {
        let config = ProjectFiles.defaultPipeline
        let pipeline = try ReportPipeline(config: config, inputRoot: root)
        let files = OutputFiles(records: output.path + "/reports.jsonl")
        return try ArchiveRun(pipeline: pipeline, fingerprint: config.fingerprint, pageTimeout: timeout)
            .run(ArchiveRun.Options(root: root, files: files, jobs: jobs), progress: progress)
    }

    private func lines(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func testHostileArchiveWritesEveryGoodReportAndListsEveryBadPageWithItsReason() throws {
        let archive = try XCTUnwrap(Self.archive)
        let output = try TemporaryDirectory()
        let started = ContinuousClock.now
        let summary = try run(archive.path, into: output)
        let elapsed = ContinuousClock.now - started
        XCTAssertLessThan(elapsed, .seconds(300), "the hostile run took \(elapsed)")

        let records = try lines(output.path + "/reports.jsonl")
        let sources = Set(records.flatMap { $0["sources"] as? [String] ?? [] })
        XCTAssertEqual(sources.sorted(), archive.recordPages, "pages that must be in a report")
        for record in records {
            XCTAssertFalse((record["text"] as? String ?? "").isEmpty, "\(record["id"] ?? "?") has no text")
        }
        let errors = try lines(output.path + "/reports.errors.jsonl")
        var listed: [String: String] = [:]
        for error in errors {
            let source = try XCTUnwrap(error["source"] as? String)
            XCTAssertNil(listed[source], "\(source) listed twice")
            listed[source] = error["reason"] as? String
            XCTAssertFalse((error["message"] as? String ?? "").isEmpty, "\(source) has no message")
        }
        let failing = archive.expected.filter { $0.value != "record" }
        XCTAssertEqual(listed, failing)
        XCTAssertEqual(summary.pagesFailedTotal, failing.count)
        XCTAssertEqual(summary.pagesSeen, archive.expected.count)
        // Only the run's own files are in the output folder; the input folder gained nothing.
        let allowed: Set = [
            "reports.changes", "reports.errors.jsonl", "reports.jsonl", "reports.state.sqlite", "reports.state.sqlite-shm",
            "reports.state.sqlite-wal", "reports.state.sqlite.lines", "reports.state.sqlite.lock", "reports.summary.json",
        ]
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path)
        XCTAssertEqual(Set(written).subtracting(allowed), [])
        XCTAssertTrue(written.contains("reports.jsonl") && written.contains("reports.errors.jsonl"))
    }

    func testAPagePastTheTimeLimitIsRecordedAsTimeoutWithoutWaitingForIt() throws {
        let archive = try XCTUnwrap(Self.archive)
        let pipeline = try ReportPipeline(config: ProjectFiles.defaultPipeline, inputRoot: archive.path)
        let group = ReportGroup(id: "h/million_elements", pages: [ReportGrouper.source(for: "h/million_elements.html")])
        let started = ContinuousClock.now
        let outcome = pipeline.process(group, timeLimit: 0.05)
        let elapsed = ContinuousClock.now - started
        XCTAssertEqual(outcome.pages.first?.failure?.reason, "timeout")
        XCTAssertNil(outcome.line)
        XCTAssertLessThan(elapsed, .seconds(5), "the caller waited \(elapsed) for a page it had given up on")
    }

    func testAPageOfAReportPastTheTimeLimitIsLeftOutAndThePagesAroundItAreKept() throws {
        let archive = try XCTUnwrap(Self.archive)
        let folder = try TemporaryDirectory()
        let paragraph = String(repeating: HostileArchive.paragraph, count: 4)
        try folder.write("r/7.html", HostileArchive.page(paragraph))
        let slow = try String(contentsOfFile: archive.path + "/h/million_elements.html", encoding: .utf8)
        try folder.write("r/7_2.html", slow)
        try folder.write("r/7_3.html", HostileArchive.page(paragraph.replacingOccurrences(of: "6.5%", with: "7.5%")))
        let pipeline = try ReportPipeline(config: ProjectFiles.defaultPipeline, inputRoot: folder.path)
        let group = ReportGroup(id: "r/7", pages: ["r/7.html", "r/7_2.html", "r/7_3.html"].map(ReportGrouper.source(for:)))
        let outcome = pipeline.process(group, timeLimit: 0.5)
        XCTAssertEqual(outcome.pages.map { $0.failure?.reason }, [nil, "timeout", nil])
        XCTAssertEqual(outcome.pagesProcessed, 2)
        let line = String(decoding: try XCTUnwrap(outcome.line), as: UTF8.self)
        XCTAssertTrue(line.contains("6.5%") && line.contains("7.5%"), "the pages before and after the slow one are in the record")
        XCTAssertTrue(line.contains("page_failed"), "the record says a page was left out")
    }

    func testFilesThatVanishChangeOrBecomeFIFOsDuringTheRunAreListedAndTheRestWritten() throws {
        let archive = try TemporaryDirectory()
        let paragraph = String(repeating: HostileArchive.paragraph, count: 4)
        for name in ["v/1.html", "v/2.html", "v/3.html", "v/4.html", "v/5.html"] {
            try archive.write(name, HostileArchive.page(paragraph))
        }
        let root = archive.path
        let output = try TemporaryDirectory()
        // Reports are taken in id order by one worker: after the first, the others change under it.
        let once = OnceFlag()
        let summary = try run(root, into: output, jobs: 1) { _ in
            guard once.setOnce() else { return }
            unlink(root + "/v/2.html")
            try? Data(HostileArchive.page("<p>改过的内容:全市地区生产总值增长7.0%,一般公共预算收入240亿元。</p>").utf8)
                .write(to: URL(fileURLWithPath: root + "/v/3.html"))
            unlink(root + "/v/4.html")
            mkfifo(root + "/v/4.html", 0o644)
        }
        let records = try lines(output.path + "/reports.jsonl")
        XCTAssertEqual(records.map { $0["id"] as? String }, ["v/1", "v/3", "v/5"])
        XCTAssertTrue((records[1]["text"] as? String ?? "").contains("改过的内容"))
        let errors = try lines(output.path + "/reports.errors.jsonl")
        XCTAssertEqual(errors.map { $0["source"] as? String }, ["v/2.html", "v/4.html"])
        XCTAssertEqual(errors.map { $0["reason"] as? String }, ["unreadable", "not_a_file"])
        XCTAssertEqual(summary.pagesFailedTotal, 2)
    }

    func testPageReaderRefusesALinkLeadingOutsideTheInputFolder() throws {
        let archive = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: archive.path + "/r", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: archive.path + "/r/1.html", withDestinationPath: "/etc/hostname")
        let reader = PageReader(root: archive.path, maxBytes: 1 << 20)
        XCTAssertThrowsError(try reader.run(ReportGrouper.source(for: "r/1.html"))) { error in
            XCTAssertEqual((error as? StageError)?.reason, "bad_link")
        }
    }
}
