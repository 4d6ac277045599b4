import Foundation
import XCTest

final class RunCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try BaogaoBinary.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func output(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func testSampleArchiveGivesTheExpectedOutput() throws {
        let result = try BaogaoBinary.run(["run", "--output", output("reports.jsonl"), "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = BaogaoBinary.root.appendingPathComponent("Tests/BaogaoCLITests/Expected/sample-archive.jsonl")
        let actual = try contents(output("reports.jsonl"))
        XCTAssertEqual(String(decoding: actual, as: UTF8.self), String(decoding: try Data(contentsOf: expected), as: UTF8.self),
                       "output differs from Expected/sample-archive.jsonl; if the change is intended, run `make expected` and review the diff")
    }

    func testEveryLineHasTheRequiredFields() throws {
        let result = try BaogaoBinary.run(["run", "--output", output("reports.jsonl"), "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = String(decoding: try contents(output("reports.jsonl")), as: UTF8.self).split(separator: "\n")
        XCTAssertGreaterThanOrEqual(lines.count, 6)
        for line in lines {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["schema_version", "id", "sources", "title", "text", "metadata", "entities", "encoding", "warnings"] {
                XCTAssertNotNil(object[key], "\(key) missing in \(object["id"] ?? "?")")
            }
            XCTAssertFalse((object["text"] as? String ?? "").isEmpty)
        }
    }

    func testRerunAndJobCountsGiveIdenticalBytes() throws {
        for (name, jobs) in [("a.jsonl", "1"), ("b.jsonl", "2"), ("c.jsonl", "2")] {
            let result = try BaogaoBinary.run(["run", "--output", output(name), "--jobs", jobs, "--quiet"])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        XCTAssertEqual(try contents(output("a.jsonl")), try contents(output("b.jsonl")))
        XCTAssertEqual(try contents(output("b.jsonl")), try contents(output("c.jsonl")))
    }

    func testMissingInputDirectoryExitsTwoWithOneLine() throws {
        let result = try BaogaoBinary.run(["run", "--input", "/no/such/folder", "--output", output("x.jsonl")])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("/no/such/folder"), result.stderr)
    }

    func testBadPipelineKeyExitsTwoNamingFileAndKey() throws {
        let pipeline = folder.appendingPathComponent("bad.yaml")
        try Data("cleanup:\n  max_link_densty: 0.3\n".utf8).write(to: pipeline)
        let result = try BaogaoBinary.run(["run", "--pipeline", pipeline.path, "--output", output("x.jsonl")])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("bad.yaml") && result.stderr.contains("cleanup.max_link_densty"), result.stderr)
    }

    func testBadPagesAmongGoodOnesExitOneAndAreListed() throws {
        let archive = folder.appendingPathComponent("archive")
        let sample = BaogaoBinary.root.appendingPathComponent("Data/sample-archive")
        try FileManager.default.copyItem(at: sample, to: archive)
        let bad = archive.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        try Data().write(to: bad.appendingPathComponent("empty.html"))
        try Data((0..<6000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }).write(to: bad.appendingPathComponent("binary.html"))
        try Data("<html><body><a href='/'>首页</a><a href='/x'>链接</a></body></html>".utf8).write(to: bad.appendingPathComponent("garbled.html"))

        let result = try BaogaoBinary.run(["run", "--input", archive.path, "--output", output("reports.jsonl")])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("3 pages failed"), result.stderr)
        let good = try BaogaoBinary.run(["run", "--output", output("good.jsonl"), "--quiet"])
        XCTAssertEqual(good.status, 0)
        XCTAssertEqual(try contents(output("reports.jsonl")), try contents(output("good.jsonl")), "every good report is written")
        let errors = String(decoding: try contents(output("reports.errors.jsonl")), as: UTF8.self)
        for name in ["bad/empty.html", "bad/binary.html", "bad/garbled.html"] {
            XCTAssertTrue(errors.contains("\"source\":\"\(name)\""), errors)
        }
    }

    func testHelpExplainsEveryRunOption() throws {
        let result = try BaogaoBinary.run(["run", "--help"])
        XCTAssertEqual(result.status, 0)
        for option in ["--pipeline", "--input", "--output", "--jobs", "--entities-out", "--quiet"] {
            XCTAssertTrue(result.stdout.contains(option), option)
        }
    }

    func testUnknownOptionExitsTwo() throws {
        XCTAssertEqual(try BaogaoBinary.run(["run", "--frobnicate"]).status, 2)
    }
}
