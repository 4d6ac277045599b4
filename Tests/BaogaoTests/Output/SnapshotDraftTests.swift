import Foundation
import GRDB
import XCTest
@testable import Baogao

final class SnapshotDraftTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var store: StateStore!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        store = try StateStore(path: folder.path + "/s.sqlite")
    }

    /// XCTest keeps every test case instance until the process ends: release the folders now.
    override func tearDown() {
        store = nil
        folder = nil
        super.tearDown()
    }

    private func result(_ id: String, _ text: String? = nil) -> ReportResult {
        let page = PageState(path: id + ".html", reportID: id, size: 1, modified: 1, hash: 1, failure: nil)
        return ReportResult(id: id, line: text.map { Array("{\"id\":\"\(id)\",\"text\":\"\($0)\"}\n".utf8) }, pages: [page], key: "k")
    }

    private func files(_ name: String, entities: Bool = false) -> OutputFiles {
        OutputFiles(records: folder.path + "/\(name).jsonl", entities: entities ? folder.path + "/\(name).entities.jsonl" : nil)
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    private func inode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    }

    /// Writes the outputs with `draft` and again from the state alone, and checks they are the same bytes.
    @discardableResult
    private func writeBothWays(_ draft: SnapshotDraft, since: Int64, entities: Bool = false) throws -> OutputWriter.Written {
        let written = try OutputWriter.write(
            from: store, to: files("drafted", entities: entities), scanFailures: [], since: since, runLabel: "drafted", draft: draft)
        let reference = try OutputWriter.write(from: store, to: files("reference"), scanFailures: [], since: since, runLabel: "reference")
        XCTAssertEqual(try bytes(files("drafted").records), try bytes(files("reference").records))
        XCTAssertEqual(try bytes(try XCTUnwrap(written.changesFile)), try bytes(try XCTUnwrap(reference.changesFile)))
        XCTAssertEqual(written.reports, reference.reports)
        XCTAssertEqual(written.changed, reference.changed)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [], "no temporary file is left behind")
        return written
    }

    private func attachedDraft() throws -> SnapshotDraft {
        let draft = try XCTUnwrap(SnapshotDraft(path: files("drafted").records))
        store.attach(draft)
        return draft
    }

    func testAFirstRunsDraftBecomesTheSnapshotAndItsChangesFile() throws {
        let run = try store.beginRun(started: "t1")
        let draft = try attachedDraft()
        try store.save([result("a", "一"), result("b", nil), result("c", "三")], fingerprint: "f", run: run)
        try store.save([result("d", "四")], fingerprint: "f", run: run)
        XCTAssertTrue(store.detachDraft() === draft)
        let written = try writeBothWays(draft, since: 0)
        XCTAssertFalse(draft.failed, "committed, not abandoned")
        XCTAssertEqual(written.reports, 3, "a report with no record is in no output")
        XCTAssertEqual(try inode(try XCTUnwrap(written.changesFile)), try inode(files("drafted").records))
    }

    func testADraftWithoutAnUnchangedReportIsAbandonedForTheStatesSnapshot() throws {
        let first = try store.beginRun(started: "t1")
        try store.save([result("a", "一"), result("b", "二")], fingerprint: "f", run: first)
        try store.finishRun(first, finished: "t1", status: "complete", summary: "{}")
        let second = try store.beginRun(started: "t2")
        let draft = try attachedDraft()
        try store.save([result("b", "二改")], fingerprint: "f", run: second)
        _ = store.detachDraft()
        try writeBothWays(draft, since: first)
        XCTAssertTrue(draft.failed)
    }

    func testAReportThatLostItsRecordOrATombstoneSendsTheSnapshotBackToTheState() throws {
        let first = try store.beginRun(started: "t1")
        try store.save([result("a", "一"), result("b", "二"), result("c", "三")], fingerprint: "f", run: first)
        try store.finishRun(first, finished: "t1", status: "complete", summary: "{}")
        let second = try store.beginRun(started: "t2")
        var draft = try attachedDraft()
        try store.save([result("a", "一改"), result("b", nil), result("c", "三改")], fingerprint: "f", run: second)
        _ = store.detachDraft()
        try writeBothWays(draft, since: first)
        XCTAssertTrue(draft.failed, "b lost its record: the changes file has its tombstone")

        try store.finishRun(second, finished: "t2", status: "complete", summary: "{}")
        let third = try store.beginRun(started: "t3")
        draft = try attachedDraft()
        try store.save([result("a", "一再改")], fingerprint: "f", run: third)
        try store.delete(reports: ["b", "c"], run: third)
        _ = store.detachDraft()
        try writeBothWays(draft, since: second)
        XCTAssertTrue(draft.failed, "c's tombstone goes in the changes file")
    }

    func testLinesAppendedOutOfIDOrderAreNotTakenForTheSnapshot() throws {
        let run = try store.beginRun(started: "t1")
        let draft = try attachedDraft()
        try store.save([result("b", "二")], fingerprint: "f", run: run)
        try store.save([result("a", "一")], fingerprint: "f", run: run)
        _ = store.detachDraft()
        try writeBothWays(draft, since: 0)
        XCTAssertTrue(draft.failed)
    }

    func testALineInTheDraftThatNoReportNamesKeepsTheDraftOut() throws {
        let run = try store.beginRun(started: "t1")
        let draft = try attachedDraft()
        try store.save([result("a", "一"), result("b", "二")], fingerprint: "f", run: run)
        _ = store.detachDraft()
        // b's row no longer names its line, and tells downstream nothing (as if it never had one).
        let database = try DatabaseQueue(path: folder.path + "/s.sqlite")
        try database.write { try $0.execute(sql: "UPDATE reports SET line_at = NULL, line_length = NULL, changed_run = 0 WHERE id = 'b'") }
        try database.close()
        try writeBothWays(draft, since: 0)
        XCTAssertTrue(draft.failed)
    }

    func testADraftIsNotUsedWhenAnEntitiesFileIsAskedFor() throws {
        let run = try store.beginRun(started: "t1")
        let draft = try attachedDraft()
        try store.save([result("a", "一")], fingerprint: "f", run: run)
        _ = store.detachDraft()
        try writeBothWays(draft, since: 0, entities: true)
        XCTAssertTrue(draft.failed)
        XCTAssertTrue(FileManager.default.fileExists(atPath: try XCTUnwrap(files("drafted", entities: true).entities)))
    }

    func testALineThatDoesNotFollowTheLastAbandonsTheDraftAndRemovesItsFile() throws {
        let draft = try XCTUnwrap(SnapshotDraft(path: files("drafted").records))
        draft.begin(at: 32)
        draft.append([Array("x\n".utf8), Array("yz\n".utf8)], at: 32)
        XCTAssertFalse(draft.failed)
        XCTAssertEqual(draft.end, 37)
        draft.append([Array("y\n".utf8)], at: 40)
        XCTAssertTrue(draft.failed)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }, [])
    }

    private func records(of store: StateStore) throws -> [String: String] {
        var found: [String: String] = [:]
        _ = try store.forEachRecord { id, line in found[id] = String(decoding: line, as: UTF8.self) }
        return found
    }

    func testAFirstRunsLineStoreIsItsSnapshotsFileWrittenOnce() throws {
        let run = try store.beginRun(started: "t1")
        let draft = try attachedDraft()
        XCTAssertTrue(draft.sharesLineStoreFile, "a state with no line takes the draft's file")
        try store.save([result("a", "一"), result("b", "二")], fingerprint: "f", run: run)
        _ = store.detachDraft()
        try writeBothWays(draft, since: 0)
        XCTAssertFalse(draft.failed)
        XCTAssertEqual(try inode(store.linesPath), try inode(files("drafted").records), "one file, not two")
        XCTAssertEqual(try records(of: store).count, 2)
    }

    func testAStateWhoseLinesAreAnOutputCopiesThemBeforeItAppends() throws {
        let run = try store.beginRun(started: "t1")
        let draft = try attachedDraft()
        try store.save([result("a", "一")], fingerprint: "f", run: run)
        _ = store.detachDraft()
        try writeBothWays(draft, since: 0)
        let snapshot = try bytes(files("drafted").records)
        store = nil
        let reopened = try StateStore(path: folder.path + "/s.sqlite")
        XCTAssertNotEqual(try inode(reopened.linesPath), try inode(files("drafted").records))
        try reopened.save([result("b", "二")], fingerprint: "f", run: reopened.beginRun(started: "t2"))
        XCTAssertEqual(try bytes(files("drafted").records), snapshot, "the snapshot is not appended to")
        XCTAssertEqual(try records(of: reopened).keys.sorted(), ["a", "b"])
    }

    func testAnAdoptedLineStoreKeepsTheLinesOfARunStoppedBeforeItsSnapshot() throws {
        let run = try store.beginRun(started: "t1")
        var draft: SnapshotDraft? = try attachedDraft()
        try store.save([result("a", "一"), result("b", "二")], fingerprint: "f", run: run)
        // Killed: no snapshot; the next run removes the draft's temporary name.
        draft = nil
        store = nil
        AtomicFileWriter.removeLeftovers(of: files("drafted").records)
        let reopened = try StateStore(path: folder.path + "/s.sqlite")
        XCTAssertEqual(try records(of: reopened), ["a": "{\"id\":\"a\",\"text\":\"一\"}\n", "b": "{\"id\":\"b\",\"text\":\"二\"}\n"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: files("drafted").records))
        _ = draft
    }

    func testAStateWithLinesWritesItsDraftToAFileOfItsOwn() throws {
        let first = try store.beginRun(started: "t1")
        try store.save([result("a", "一")], fingerprint: "f", run: first)
        try store.finishRun(first, finished: "t1", status: "complete", summary: "{}")
        let second = try store.beginRun(started: "t2")
        let draft = try attachedDraft()
        XCTAssertFalse(draft.sharesLineStoreFile)
        try store.save([result("a", "一改")], fingerprint: "f", run: second)
        _ = store.detachDraft()
        try writeBothWays(draft, since: first)
        XCTAssertNotEqual(try inode(store.linesPath), try inode(files("drafted").records))
    }

    func testALineStoreOnAnotherFileSystemThanItsSnapshotIsWrittenBesideIt() throws {
        // /dev/shm is a tmpfs: no link can join it to the test's folder.
        let shm = "/dev/shm"
        var shmInfo = stat(), folderInfo = stat()
        guard stat(shm, &shmInfo) == 0, stat(folder.path, &folderInfo) == 0, shmInfo.st_dev != folderInfo.st_dev else {
            throw XCTSkip("needs /dev/shm on another file system than the temporary folder")
        }
        let stateFolder = shm + "/baogao-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: stateFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: stateFolder) }
        store = try StateStore(path: stateFolder + "/s.sqlite")
        let run = try store.beginRun(started: "t1")
        let draft = try attachedDraft()
        XCTAssertFalse(draft.sharesLineStoreFile)
        try store.save([result("a", "一"), result("b", "二")], fingerprint: "f", run: run)
        _ = store.detachDraft()
        try writeBothWays(draft, since: 0)
        XCTAssertFalse(draft.failed, "the draft written as before is the snapshot")
        XCTAssertEqual(try records(of: store).count, 2)
    }
}
