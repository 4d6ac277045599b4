import Foundation
import XCTest
@testable import Baogao

final class AtomicFileWriterTests: XCTestCase {
    func testSmallAndBufferSizedPiecesLandInOrder() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/out.jsonl"
        let big = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let writer = try AtomicFileWriter(path: path)
        try writer.write(Array("first\n".utf8))
        try big.withUnsafeBytes { try writer.write($0) }
        try writer.write(Array("last\n".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "nothing under the final name before commit")
        try writer.commit()
        XCTAssertEqual(try XCTUnwrap(FileManager.default.contents(atPath: path)), Data(Array("first\n".utf8) + big + Array("last\n".utf8)))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.jsonl"])
    }

    func testPiecesThatCrossTheBufferSizeLandWholeAndInOrder() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/out.jsonl"
        // Pieces of 700 KB to just under 1 MiB: most of them overflow what the buffer has left.
        let pieces = (0..<7).map { index in
            (0..<(700_000 + index * 50_000)).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ index) }
        }
        let writer = try AtomicFileWriter(path: path)
        for piece in pieces { try writer.write(piece) }
        try writer.commit()
        XCTAssertEqual(try XCTUnwrap(FileManager.default.contents(atPath: path)), Data(pieces.flatMap { $0 }))
    }

    func testLineBatchesGoAroundTheBufferInOrderWithWhatWasBufferedBefore() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/out.jsonl"
        let small = [Array("a\n".utf8), Array("bc\n".utf8)]
        let large = (0..<3).map { index in (0..<40_000).map { UInt8(truncatingIfNeeded: $0 &+ index) } }
        XCTAssertGreaterThanOrEqual(large.reduce(0) { $0 + $1.count }, AtomicFileWriter.directSize)
        let writer = try AtomicFileWriter(path: path)
        try writer.write(lines: small)
        try writer.write(lines: large)
        try writer.write(Array("end\n".utf8))
        try writer.write(lines: large)
        try writer.commit()
        let expected = small.flatMap { $0 } + large.flatMap { $0 } + Array("end\n".utf8) + large.flatMap { $0 }
        XCTAssertEqual(try XCTUnwrap(FileManager.default.contents(atPath: path)), Data(expected))
    }

    func testAnAbandonedWriterLeavesThePreviousFile() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("out.jsonl", "old\n").path
        let writer = try AtomicFileWriter(path: path)
        try Array(repeating: UInt8(ascii: "x"), count: 2 << 20).withUnsafeBytes { try writer.write($0) }
        writer.abandon()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.jsonl"])
    }

    func testAWriterThatBecomesALinkCommitsTheOtherFilesBytes() throws {
        let folder = try TemporaryDirectory()
        let first = try AtomicFileWriter(path: folder.path + "/a.jsonl")
        let second = try AtomicFileWriter(path: folder.path + "/b.jsonl")
        try first.write(Array("one\n".utf8))
        try second.write(Array("dropped\n".utf8))
        try second.becomeLink(to: first)
        try first.write(Array("two\n".utf8))
        try first.commit()
        try second.commit()
        XCTAssertEqual(try String(contentsOfFile: folder.path + "/b.jsonl", encoding: .utf8), "one\ntwo\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["a.jsonl", "b.jsonl"])
    }

    func testAppendingAnotherWritersFileCopiesWhatItHasSoFar() throws {
        let folder = try TemporaryDirectory()
        let source = try AtomicFileWriter(path: folder.path + "/a.jsonl")
        let copy = try AtomicFileWriter(path: folder.path + "/b.jsonl")
        let big = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        try source.write(Array("first\n".utf8))
        try big.withUnsafeBytes { try source.write($0) }
        try copy.write(Array("own\n".utf8))
        try copy.append(contentsOf: source)
        try source.write(Array("later\n".utf8))
        try copy.commit()
        try source.commit()
        XCTAssertEqual(try XCTUnwrap(FileManager.default.contents(atPath: folder.path + "/b.jsonl")), Data(Array("own\nfirst\n".utf8) + big))
    }
}
