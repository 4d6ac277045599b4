import Foundation
import XCTest

/// `baogao run` against hostile archives and unusable output locations, as cron would run it:
/// exit 1 with every bad page listed, or exit 2 with one line naming the problem — never a crash,
/// a hang or death by a signal.
final class HostileRunTests: XCTestCase {
    private var folder: URL!
    private var mounts: [String] = []

    override func setUpWithError() throws {
        folder = try BaogaoBinary.temporaryFolder()
    }

    override func tearDownWithError() throws {
        for mount in mounts { _ = try? Self.command("/usr/bin/umount", [mount]) }
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Runs a helper program; returns its status.
    @discardableResult
    private static func command(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Mounts a tmpfs (root only); skips the test when that is not possible here.
    private func mountTmpfs(_ mountPoint: String, options: String) throws {
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/mount"),
              try Self.command("/usr/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", mountPoint]) == 0 else {
            throw XCTSkip("cannot mount a tmpfs here (needs root and mount(8)); not tested")
        }
        mounts.insert(mountPoint, at: 0)
    }

    /// The sample archive plus bad pages and file-system oddities.
    private func hostileArchive() throws -> URL {
        let archive = folder.appendingPathComponent("archive")
        try FileManager.default.copyItem(at: BaogaoBinary.root.appendingPathComponent("Data/sample-archive"), to: archive)
        let bad = archive.appendingPathComponent("zz-bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        try Data().write(to: bad.appendingPathComponent("empty.html"))
        try Data((0..<8000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }).write(to: bad.appendingPathComponent("binary.html"))
        try Data(repeating: 0, count: 3000).write(to: bad.appendingPathComponent("nuls.html"))
        try Data("<html><head><title>示例".utf8).write(to: bad.appendingPathComponent("never closed title.html"))
        try FileManager.default.createSymbolicLink(atPath: bad.path + "/loop.html", withDestinationPath: "loop.html")
        try FileManager.default.createSymbolicLink(atPath: bad.path + "/again", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: bad.path + "/shadow.html", withDestinationPath: "/etc/shadow")
        try FileManager.default.createDirectory(at: bad.appendingPathComponent("dir.html"), withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(bad.path + "/fifo.html", 0o644), 0)
        let rawName = Array((bad.path + "/").utf8) + [0xC3, 0x28] + Array(".html".utf8) + [0]
        let descriptor = rawName.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        close(descriptor)
        return archive
    }

    func testHostileArchiveExitsOneListsEveryBadPageAndWritesEveryGoodReport() throws {
        let archive = try hostileArchive()
        let result = try BaogaoBinary.run(["run", "--input", archive.path, "--output", path("out/reports.jsonl"), "--quiet"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("8 pages failed"), result.stderr)
        let errors = try String(contentsOfFile: path("out/reports.errors.jsonl"), encoding: .utf8).split(separator: "\n")
            .map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let reasons = Dictionary(uniqueKeysWithValues: errors.map { ($0["source"] as? String ?? "", $0["reason"] as? String ?? "") })
        XCTAssertEqual(reasons, [
            "zz-bad/binary.html": "binary_data", "zz-bad/empty.html": "empty_file", "zz-bad/fifo.html": "not_a_file",
            "zz-bad/loop.html": "bad_link", "zz-bad/never closed title.html": "no_main_content",
            "zz-bad/nuls.html": "binary_data", "zz-bad/shadow.html": "bad_link", "zz-bad/\u{FFFD}(.html": "bad_file_name",
        ])
        let clean = try BaogaoBinary.run(["run", "--output", path("clean/reports.jsonl"), "--quiet"])
        XCTAssertEqual(clean.status, 0, clean.stderr)
        XCTAssertEqual(try String(contentsOfFile: path("out/reports.jsonl"), encoding: .utf8),
                       try String(contentsOfFile: path("clean/reports.jsonl"), encoding: .utf8),
                       "the good reports must be written exactly as without the bad pages")
        XCTAssertFalse(try String(contentsOfFile: path("out/reports.jsonl"), encoding: .utf8).contains("root:"))
    }

    func testOutputFolderThatCannotBeCreatedExitsTwoWithOneLine() throws {
        try Data("a file".utf8).write(to: folder.appendingPathComponent("plain"))
        let result = try BaogaoBinary.run(["run", "--output", path("plain/out/reports.jsonl"), "--quiet"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("plain/out"), result.stderr)
    }

    func testReadOnlyOutputFolderExitsTwoWithOneLine() throws {
        try mountTmpfs(path("ro"), options: "ro,size=1m")
        let result = try BaogaoBinary.run(["run", "--output", path("ro/reports.jsonl"), "--quiet"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("Read-only file system"), result.stderr)
    }

    func testFullDiskExitsTwoNamingTheProblemAndLeavesNoPartialOutput() throws {
        try mountTmpfs(path("full"), options: "size=160k")
        let result = try BaogaoBinary.run(["run", "--output", path("full/reports.jsonl"), "--quiet"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("No space left on device") || result.stderr.contains("disk is full"), result.stderr)
        let left = try FileManager.default.contentsOfDirectory(atPath: path("full"))
        XCTAssertFalse(left.contains { $0.contains(".tmp-") }, "temporary files left: \(left)")
        XCTAssertFalse(left.contains("reports.jsonl"), "a partial snapshot was published")
    }

    func testFileSizeLimitExitsTwoInsteadOfDyingBySIGXFSZ() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit") else {
            throw XCTSkip("prlimit(1) is not installed; not tested")
        }
        if dlsym(dlopen(nil, RTLD_NOW), "__tsan_init") != nil {
            throw XCTSkip("ThreadSanitizer's runtime itself dies (SIGBUS) under a file size limit; not tested under TSan")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        process.arguments = ["--fsize=150000", "--", BaogaoBinary.url.path, "run", "--output", path("out/reports.jsonl"), "--quiet"]
        process.currentDirectoryURL = BaogaoBinary.root
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "killed by signal \(process.terminationStatus)")
        XCTAssertEqual(process.terminationStatus, 2, stderr)
        XCTAssertTrue(stderr.contains("File too large") || stderr.contains("disk I/O error"), stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out/reports.jsonl")), "a partial snapshot was published")
    }

    func testUnreadableFileIsListedWhenRunAsAnotherUser() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root and setpriv(1) to run as another user (root reads a chmod 000 file); not tested")
        }
        for needed in [BaogaoBinary.url.path, BaogaoBinary.root.appendingPathComponent("Pipelines/default.yaml").path]
        where !Self.othersCanReach(needed) {
            throw XCTSkip("user nobody cannot reach \(needed) (a folder on the way is not world-searchable); not tested")
        }
        let archive = folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive.appendingPathComponent("r"), withIntermediateDirectories: true)
        let page = "<html><head><title>示例市人民政府工作报告</title></head><body>" + String(repeating: "<p>各位代表:现在,我代表市人民政府向大会报告工作,请予审议。全市地区生产总值增长6.5%。</p>", count: 4) + "</body></html>"
        try Data(page.utf8).write(to: archive.appendingPathComponent("r/1.html"))
        try Data(page.utf8).write(to: archive.appendingPathComponent("r/2.html"))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: archive.path + "/r/2.html")
        try FileManager.default.createDirectory(atPath: path("out"), withIntermediateDirectories: true)
        for writable in [folder.path, path("out")] {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: writable)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", BaogaoBinary.url.path,
                             "run", "--input", archive.path, "--output", path("out/reports.jsonl"), "--quiet"]
        process.currentDirectoryURL = BaogaoBinary.root
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus != 2 || !stderr.contains("ermission") else {
            throw XCTSkip("user nobody cannot reach the build or the repository here: \(stderr)")
        }
        XCTAssertEqual(process.terminationStatus, 1, stderr)
        let errorsFile = try String(contentsOfFile: path("out/reports.errors.jsonl"), encoding: .utf8)
        XCTAssertTrue(errorsFile.contains("\"source\":\"r/2.html\"") && errorsFile.contains("\"reason\":\"unreadable\""), errorsFile)
        XCTAssertTrue(try String(contentsOfFile: path("out/reports.jsonl"), encoding: .utf8).contains("\"id\":\"r/1\""))
    }

    /// Whether a user other than the owner can reach `path`: every folder on the way is
    /// world-searchable and the file is world-readable.
    private static func othersCanReach(_ path: String) -> Bool {
        var url = URL(fileURLWithPath: path)
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IROTH != 0 else { return false }
        while url.path != "/" {
            url.deleteLastPathComponent()
            guard stat(url.path, &info) == 0, info.st_mode & S_IXOTH != 0 else { return false }
        }
        return true
    }
}
