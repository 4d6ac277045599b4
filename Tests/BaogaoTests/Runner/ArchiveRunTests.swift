import Foundation
import GRDB
import XCTest
@testable import Baogao

final class ArchiveRunTests: XCTestCase {
    private var archive: TemporaryDirectory!
    private var output: TemporaryDirectory!

    override func setUpWithError() throws {
        archive = try TemporaryDirectory()
        output = try TemporaryDirectory()
        let title = "(浙江省)示例市人民政府工作报告"
        for page in 1...3 {
            let name = page == 1 ? "r/10.html" : "r/10_\(page).html"
            let html = TestPages.portal(title: title, paragraphs: ["第\(page)页:" + TestPages.paragraphs[page - 1]], charset: "gb2312", page: page)
            try archive.write(name, LegacyEncoding.encode(html, as: "GB18030"))
        }
        try archive.write("r/20.html", TestPages.portal(title: "示例县人民政府工作报告", paragraphs: TestPages.paragraphs))
        try archive.write("r/21.html", TestPages.portal(title: "示例区人民政府工作报告", paragraphs: Array(TestPages.paragraphs.reversed())))
        try archive.write("r/30.html", [UInt8]())
        try archive.write("r/40.html", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
    }

    /// XCTest keeps every test case instance until the process ends: release the folders now.
    override func tearDown() {
        archive = nil
        output = nil
        super.tearDown()
    }

    private func files(_ name: String = "reports") -> OutputFiles {
        OutputFiles(records: output.path + "/\(name).jsonl", entities: output.path + "/\(name).entities.jsonl")
    }

    @discardableResult
    private func runArchive(jobs: Int = 2, files: OutputFiles? = nil, full: Bool = false, shard: Shard? = nil, stop: StopFlag = StopFlag()) throws -> RunSummary {
        let config = ProjectFiles.defaultPipeline
        let pipeline = try ReportPipeline(config: config, inputRoot: archive.path)
        return try ArchiveRun(pipeline: pipeline, fingerprint: config.fingerprint, pageTimeout: 60)
            .run(ArchiveRun.Options(root: archive.path, files: files ?? self.files(), jobs: jobs, shard: shard, full: full), stop: stop)
    }

    private func lines(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func testAScanStartedAheadIsTheRunsScan() throws {
        let root = archive.path
        let scan = BackgroundValue { ArchiveScanner.scan(root: root) }
        // The folder gains a report after the scan: the run reads what the scan found.
        XCTAssertEqual(scan.value.pages.count, 7)
        try archive.write("r/50.html", TestPages.portal(title: "示例旗人民政府工作报告", paragraphs: TestPages.paragraphs))
        let config = ProjectFiles.defaultPipeline
        let pipeline = try ReportPipeline(config: config, inputRoot: root)
        let summary = try ArchiveRun(pipeline: pipeline, fingerprint: config.fingerprint, pageTimeout: 60)
            .run(ArchiveRun.Options(root: root, files: files(), jobs: 2, scan: scan))
        XCTAssertEqual(summary.pagesSeen, 7)
        XCTAssertEqual(try lines(files().records).map { $0["id"] as? String }, ["r/10", "r/20", "r/21"])
    }

    func testGoodReportsAreWrittenAndBadPagesListedWithReasons() throws {
        let summary = try runArchive()
        XCTAssertEqual(summary.pagesSeen, 7)
        XCTAssertEqual(summary.pagesFailed, 2)
        XCTAssertEqual(summary.reportsTotal, 3)
        let records = try lines(files().records)
        XCTAssertEqual(records.map { $0["id"] as? String }, ["r/10", "r/20", "r/21"])
        XCTAssertEqual(records[0]["sources"] as? [String], ["r/10.html", "r/10_2.html", "r/10_3.html"])
        XCTAssertEqual(records[0]["encoding"] as? String, "gb18030")
        let text = try XCTUnwrap(records[0]["text"] as? String)
        XCTAssertTrue(text.hasPrefix("第1页:") && text.contains("第2页:") && text.contains("第3页:"))
        XCTAssertFalse(text.contains("示例市人民政府工作报告"), "title repeated in text")
        let errors = try lines(files().errors)
        XCTAssertEqual(errors.map { $0["source"] as? String }, ["r/30.html", "r/40.html"])
        XCTAssertEqual(errors.map { $0["reason"] as? String }, ["empty_file", "binary_data"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: files().summary))
    }

    func testOutputIsTheSameBytesWhateverTheJobs() throws {
        try runArchive(jobs: 1, files: files("one"))
        try runArchive(jobs: 4, files: files("four"))
        XCTAssertEqual(try bytes(files("one").records), try bytes(files("four").records))
        XCTAssertEqual(try bytes(files("one").errors), try bytes(files("four").errors))
        XCTAssertEqual(try bytes(files("one").entities!), try bytes(files("four").entities!))
    }

    func testSecondRunOverAnUnchangedArchiveProcessesNothing() throws {
        try runArchive()
        let first = try bytes(files().records)
        let second = try runArchive()
        XCTAssertEqual(second.pagesProcessed, 0)
        XCTAssertEqual(second.pagesUnchanged, 7, "the two failed pages are unchanged too")
        XCTAssertEqual(second.reportsWritten, 0)
        XCTAssertEqual(second.reportsChanged, 0)
        XCTAssertEqual(try bytes(files().records), first)
        XCTAssertEqual(try lines(try XCTUnwrap(second.changesFile)).count, 0)
    }

    func testARunWhoseLineStoreIsGoneProcessesItsReportsAgainAndWritesTheSameOutputs() throws {
        try runArchive()
        let first = try bytes(files().records)
        try FileManager.default.removeItem(atPath: files().state + ".lines")
        let second = try runArchive()
        XCTAssertEqual(second.reportsWritten, 3, "every report with a record is processed again")
        XCTAssertEqual(second.pagesUnchanged, 2, "the failed pages are not")
        XCTAssertEqual(try bytes(files().records), first)
        let third = try runArchive()
        XCTAssertEqual(third.pagesProcessed, 0)
        XCTAssertEqual(try bytes(files().records), first)
    }

    func testChangingOnePageReprocessesExactlyItsReport() throws {
        try runArchive()
        try archive.write("r/20.html", TestPages.portal(title: "示例县人民政府工作报告", paragraphs: ["新增一段：全年新增就业1.2万人。"] + TestPages.paragraphs))
        let summary = try runArchive()
        XCTAssertEqual(summary.reportsWritten, 1)
        XCTAssertEqual(summary.pagesProcessed, 1)
        XCTAssertEqual(summary.reportsChanged, 1)
        let changes = try lines(try XCTUnwrap(summary.changesFile))
        XCTAssertEqual(changes.map { $0["id"] as? String }, ["r/20"])
        XCTAssertTrue((changes[0]["text"] as? String ?? "").hasPrefix("新增一段"))
    }

    func testAFirstRunsChangesFileIsTheSnapshotUnderASecondName() throws {
        let summary = try runArchive()
        let changesFile = try XCTUnwrap(summary.changesFile)
        XCTAssertEqual(try bytes(changesFile), try bytes(files().records))
        let inode = { (path: String) in try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int }
        XCTAssertEqual(try inode(changesFile), try inode(files().records), "one file, not a copy")
        // The next run replaces the snapshot; the changes file keeps the first run's records.
        try archive.write("r/20.html", TestPages.portal(title: "示例县人民政府工作报告", paragraphs: ["新增一段：全年新增就业1.2万人。"] + TestPages.paragraphs))
        try runArchive()
        XCTAssertEqual(try lines(changesFile).count, 3)
        XCTAssertFalse(try lines(changesFile).contains { ($0["text"] as? String ?? "").hasPrefix("新增一段") })
    }

    func testAFirstRunWithoutEntitiesWritesItsSnapshotAsItGoesWithTheSameBytes() throws {
        let plain = OutputFiles(records: output.path + "/plain.jsonl")
        for jobs in [1, 2] {
            try? FileManager.default.removeItem(atPath: plain.state)
            try? FileManager.default.removeItem(atPath: plain.state + ".lines")
            let summary = try runArchive(jobs: jobs, files: plain)
            try runArchive(jobs: jobs, files: files("reference"), full: true)
            XCTAssertEqual(try bytes(plain.records), try bytes(files("reference").records))
            XCTAssertEqual(summary.reportsTotal, 3)
            let changesFile = try XCTUnwrap(summary.changesFile)
            let inode = { (path: String) in try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int }
            XCTAssertEqual(try inode(changesFile), try inode(plain.records))
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.contains(".tmp-") }, [])
        }
    }

    func testAnInterruptedFirstRunLeavesNoSnapshotAndNoTemporaryFile() throws {
        let plain = OutputFiles(records: output.path + "/plain.jsonl")
        let stop = StopFlag()
        stop.stop(signal: 15)
        XCTAssertEqual(try runArchive(files: plain, stop: stop).status, "interrupted")
        XCTAssertFalse(FileManager.default.fileExists(atPath: plain.records))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.contains(".tmp-") }, [])
    }

    func testChangingTheFirstReportPutsOnlyItInTheChangesFile() throws {
        try runArchive()
        for page in 1...3 {
            let name = page == 1 ? "r/10.html" : "r/10_\(page).html"
            let html = TestPages.portal(
                title: "(浙江省)示例市人民政府工作报告", paragraphs: ["改过的第\(page)页:" + TestPages.paragraphs[page - 1]], charset: "gb2312", page: page)
            try archive.write(name, LegacyEncoding.encode(html, as: "GB18030"))
        }
        let summary = try runArchive()
        XCTAssertEqual(summary.reportsChanged, 1)
        let changes = try lines(try XCTUnwrap(summary.changesFile))
        XCTAssertEqual(changes.map { $0["id"] as? String }, ["r/10"])
        XCTAssertEqual(changes.first.map { NSDictionary(dictionary: $0) }, try lines(files().records).first.map { NSDictionary(dictionary: $0) })
    }

    func testTouchingAPageWithoutChangingItProcessesNothing() throws {
        try runArchive()
        let path = archive.path + "/r/21.html"
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: path)
        let summary = try runArchive()
        XCTAssertEqual(summary.pagesProcessed, 0)
        XCTAssertEqual(summary.reportsChanged, 0)
    }

    /// States written before page hashes were XXH64 hold FNV-1a page hashes and report keys made
    /// of them: unchanged pages keep their stored hash, so nothing is processed again, and a page
    /// read again only sends its report through once more, with the same record.
    func testStateWithFNVPageHashesStaysValid() throws {
        try runArchive()
        let first = try bytes(files().records)
        let database = try DatabaseQueue(path: files().state)
        try database.write { db in
            var hashes: [String: UInt64?] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, hash FROM pages") {
                let path: String = row["path"]
                let stored: Int64? = row["hash"]
                let fnv = stored == nil ? nil : ContentHash.of(try Data(contentsOf: URL(fileURLWithPath: archive.path + "/" + path)))
                hashes[path] = fnv
                try db.execute(sql: "UPDATE pages SET hash = ? WHERE path = ?", arguments: [fnv.map { Int64(bitPattern: $0) }, path])
            }
            for row in try Row.fetchAll(db, sql: "SELECT id FROM reports") {
                let id: String = row["id"]
                let paths = try String.fetchAll(db, sql: "SELECT path FROM pages WHERE report_id = ? ORDER BY path", arguments: [id])
                let key = ReportKey.of(paths.map { ($0, hashes[$0] ?? nil) })
                try db.execute(sql: "UPDATE reports SET key = ? WHERE id = ?", arguments: [key, id])
            }
        }
        try database.close()
        let unchanged = try runArchive()
        XCTAssertEqual(unchanged.pagesProcessed, 0)
        XCTAssertEqual(unchanged.reportsChanged, 0)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: archive.path + "/r/21.html")
        let touched = try runArchive()
        XCTAssertEqual(touched.pagesProcessed, 1, "the touched page is hashed anew, so its report runs once more")
        XCTAssertEqual(touched.reportsChanged, 0)
        XCTAssertEqual(try bytes(files().records), first)
    }

    func testDeletingAReportLeavesATombstoneAndRemovesItFromTheSnapshot() throws {
        try runArchive()
        try FileManager.default.removeItem(atPath: archive.path + "/r/21.html")
        let summary = try runArchive()
        XCTAssertEqual(summary.reportsDeleted, 1)
        XCTAssertEqual(try lines(files().records).map { $0["id"] as? String }, ["r/10", "r/20"])
        let changes = try lines(try XCTUnwrap(summary.changesFile))
        XCTAssertEqual(changes.count, 1)
        XCTAssertEqual(changes[0]["id"] as? String, "r/21")
        XCTAssertEqual(changes[0]["deleted"] as? Bool, true)
    }

    func testDeletingOnePageOfAReportReprocessesIt() throws {
        try runArchive()
        try FileManager.default.removeItem(atPath: archive.path + "/r/10_3.html")
        let summary = try runArchive()
        XCTAssertEqual(summary.reportsWritten, 1)
        let record = try XCTUnwrap(try lines(files().records).first)
        XCTAssertEqual(record["sources"] as? [String], ["r/10.html", "r/10_2.html"])
    }

    func testFullRunReprocessesEverything() throws {
        try runArchive()
        let summary = try runArchive(full: true)
        XCTAssertEqual(summary.pagesProcessed, 5)
        XCTAssertEqual(summary.reportsChanged, 0, "identical records are not changes")
    }

    func testInterruptedRunWritesNoOutputsAndTheNextRunFinishesTheJob() throws {
        try runArchive(files: files("clean"))
        let stop = StopFlag()
        stop.stop(signal: 15)
        let interrupted = try runArchive(files: files("resumed"), stop: stop)
        XCTAssertEqual(interrupted.status, "interrupted")
        XCTAssertFalse(FileManager.default.fileExists(atPath: files("resumed").records))
        try runArchive(files: files("resumed"))
        XCTAssertEqual(try bytes(files("resumed").records), try bytes(files("clean").records))
    }

    func testShardsPartitionReportsAndTogetherEqualTheWhole() throws {
        let wholeSummary = try runArchive(files: files("whole"))
        var union: [String] = []
        var pagesSeen = 0
        for index in 0..<3 {
            let shardFiles = files("shard\(index)")
            pagesSeen += try runArchive(files: shardFiles, shard: Shard("\(index)/3")).pagesSeen
            union += try String(contentsOfFile: shardFiles.records, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let whole = try String(contentsOfFile: files("whole").records, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(union.sorted(), whole.sorted())
        XCTAssertEqual(wholeSummary.pagesSeen, 7)
        XCTAssertEqual(pagesSeen, wholeSummary.pagesSeen)
    }

    func testASecondRunOnTheSameStateIsRefusedWhileTheFirstHoldsTheLock() throws {
        let lock = try RunLock(path: files().state + ".lock", started: "2026-01-01T00:00:00Z")
        defer { lock.release() }
        XCTAssertThrowsError(try runArchive()) { error in
            XCTAssertTrue(error is RunLock.Held, "\(error)")
            XCTAssertTrue("\(error)".contains("pid \(getpid())"))
        }
    }

    func testUnwritableOutputFolderIsAnError() throws {
        // A folder that is a regular file: no one can write in it, root included (root could
        // create a missing folder, and whether the run tried first would decide the outcome).
        let notAFolder = try output.write("not-a-folder", "x").path
        XCTAssertThrowsError(try runArchive(files: OutputFiles(records: notAFolder + "/x.jsonl", state: output.path + "/s.sqlite"))) {
            XCTAssertTrue("\($0)".contains(notAFolder + "/"), "\($0)")
        }
    }

    func testMetricsFileIsPrometheusText() throws {
        var withMetrics = files()
        withMetrics.metrics = output.path + "/baogao.prom"
        try runArchive(files: withMetrics)
        let text = try String(contentsOfFile: withMetrics.metrics!, encoding: .utf8)
        XCTAssertTrue(text.contains("# TYPE baogao_pages gauge"))
        XCTAssertTrue(text.contains("baogao_pages{outcome=\"failed\"} 2"))
        XCTAssertTrue(text.contains("baogao_last_run_success 0"))
    }

    func testTimestampsAreISO8601UTCWithZeroPaddedFieldsLikeFoundations() {
        XCTAssertEqual(ArchiveRun.timestamp(secondsSince1970: 0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(ArchiveRun.timestamp(secondsSince1970: 1_796_083_199), "2026-11-30T23:59:59Z")
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        for seconds in [951_782_400, 1_700_000_000, 4_102_444_799, Int(Date().timeIntervalSince1970)] {
            XCTAssertEqual(ArchiveRun.timestamp(secondsSince1970: seconds), formatter.string(from: Date(timeIntervalSince1970: Double(seconds))))
        }
    }
}
