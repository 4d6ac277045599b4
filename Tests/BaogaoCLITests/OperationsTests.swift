import Foundation
import XCTest

/// The nightly and bulk operations through the binary: locking, signals, kill -9, reruns.
final class OperationsTests: XCTestCase {
    private var folder: URL!
    private var archive: URL!

    override func setUpWithError() throws {
        folder = try BaogaoBinary.temporaryFolder()
        archive = folder.appendingPathComponent("archive")
        let sample = BaogaoBinary.root.appendingPathComponent("Data/sample-archive")
        for copy in 0..<12 {
            try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: sample, to: archive.appendingPathComponent("copy\(copy)"))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func start(_ output: String, jobs: Int = 1) throws -> Process {
        let process = Process()
        process.executableURL = BaogaoBinary.url
        process.arguments = ["run", "--input", archive.path, "--output", output, "--jobs", "\(jobs)", "--quiet"]
        process.currentDirectoryURL = BaogaoBinary.root
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits until the run holds its lock (the lock file names its pid).
    private func waitForLock(_ output: String, _ process: Process) {
        let lock = output.replacingOccurrences(of: ".jsonl", with: ".state.sqlite.lock")
        for _ in 0..<400 {
            if let text = try? String(contentsOfFile: lock, encoding: .utf8), text.contains("pid \(process.processIdentifier)") { return }
            usleep(10_000)
        }
        XCTFail("the run never took its lock")
    }

    private func cleanOutput() throws -> Data {
        let result = try BaogaoBinary.run(["run", "--input", archive.path, "--output", path("clean.jsonl"), "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try Data(contentsOf: URL(fileURLWithPath: path("clean.jsonl")))
    }

    func testASecondRunOnTheSameStateExits75NamingTheHolder() throws {
        let output = path("locked.jsonl")
        let first = try start(output)
        defer { first.terminate(); first.waitUntilExit() }
        waitForLock(output, first)
        let second = try BaogaoBinary.run(["run", "--input", archive.path, "--output", output])
        XCTAssertEqual(second.status, 75, second.stderr)
        XCTAssertTrue(second.stderr.contains("pid \(first.processIdentifier)"), second.stderr)
        XCTAssertTrue(second.stderr.contains("started"), second.stderr)
    }

    func testSIGTERMStopsCleanlyWith143AndTheNextRunCarriesOn() throws {
        let expected = try cleanOutput()
        let output = path("term.jsonl")
        let process = try start(output)
        waitForLock(output, process)
        usleep(300_000)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 143)
        let rerun = try BaogaoBinary.run(["run", "--input", archive.path, "--output", output, "--quiet"])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: output)), expected)
    }

    func testKillNineAtRandomMomentsThenARerunEqualsACleanRun() throws {
        let expected = try cleanOutput()
        let output = path("killed.jsonl")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<6 {
            let process = try start(output, jobs: 2)
            usleep(UInt32.random(in: 20_000...900_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: output) {
                // Whatever stands under the output name is whole: every line is a complete JSON object.
                let text = try String(contentsOfFile: output, encoding: .utf8)
                XCTAssertTrue(text.isEmpty || text.hasSuffix("\n"))
                for line in text.split(separator: "\n") {
                    XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(line.utf8)))
                }
            }
        }
        let rerun = try BaogaoBinary.run(["run", "--input", archive.path, "--output", output, "--quiet"])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: output)), expected)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [], "temporary files of killed runs are cleared by the next run")
    }

    func testNightlyRerunOverAnUnchangedArchiveProcessesNothing() throws {
        _ = try cleanOutput()
        let rerun = try BaogaoBinary.run(["run", "--input", archive.path, "--output", path("clean.jsonl"), "--metrics", path("m.prom")])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("clean.summary.json")))) as? [String: Any])
        XCTAssertEqual(summary["pages_processed"] as? Int, 0)
        XCTAssertEqual(summary["reports_changed"] as? Int, 0)
        XCTAssertEqual(summary["pages_unchanged"] as? Int, summary["pages_seen"] as? Int)
        let metrics = try String(contentsOfFile: path("m.prom"), encoding: .utf8)
        XCTAssertTrue(metrics.contains("baogao_pages{outcome=\"processed\"} 0"))
    }
}
