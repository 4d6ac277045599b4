import Foundation
import XCTest
@testable import Baogao

final class LineStoreTests: XCTestCase {
    func testAppendedLinesAreReadBackAtTheirOffsets() throws {
        let folder = try TemporaryDirectory()
        let store = try LineStore.created(path: folder.path + "/s.lines", identity: 0xABC)
        let first = try store.append(Array("{\"id\":\"a\"}\n".utf8))
        let second = try store.append(Array("政府工作报告\n".utf8))
        XCTAssertEqual(first, Int64(LineStore.headerSize))
        XCTAssertEqual(second, first + 11)
        XCTAssertEqual(try store.read(at: second, length: 19).map { String(decoding: $0, as: UTF8.self) }, "政府工作报告\n")
        XCTAssertEqual(try store.read(at: first, length: 11).map { String(decoding: $0, as: UTF8.self) }, "{\"id\":\"a\"}\n")
    }

    func testLinesAppendedTogetherFollowEachOtherAndReachAnAttachedDraftInOrder() throws {
        let folder = try TemporaryDirectory()
        let store = try LineStore.created(path: folder.path + "/s.lines", identity: 0xABC)
        let draft = try XCTUnwrap(SnapshotDraft(path: folder.path + "/r.jsonl"))
        store.attach(draft)
        let lines = (0..<40).map { Array("{\"n\":\($0),\"text\":\"\(String(repeating: "报告", count: $0 * 50))\"}\n".utf8) }
        let offsets = try store.append(contentsOf: Array(lines[0..<33])) + store.append(contentsOf: [lines[33]]) + store.append(contentsOf: Array(lines[34...]))
        XCTAssertEqual(offsets.first, Int64(LineStore.headerSize))
        for (index, line) in lines.enumerated() {
            if index > 0 { XCTAssertEqual(offsets[index], offsets[index - 1] + Int64(lines[index - 1].count)) }
            XCTAssertEqual(try store.read(at: offsets[index], length: line.count), line)
        }
        XCTAssertEqual(store.size, offsets.last! + Int64(lines.last!.count))
        XCTAssertTrue(store.detachDraft() === draft)
        XCTAssertFalse(draft.failed)
        try draft.writer.commit()
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/r.jsonl")), Data(lines.joined()))
    }

    func testAReadPastTheEndOrIntoTheHeaderFails() throws {
        let folder = try TemporaryDirectory()
        let store = try LineStore.created(path: folder.path + "/s.lines", identity: 1)
        let offset = try store.append(Array("abc\n".utf8))
        XCTAssertNil(try store.read(at: offset, length: 5))
        XCTAssertNil(try store.read(at: 0, length: 4))
        XCTAssertEqual(try store.read(at: offset, length: 4), Array("abc\n".utf8))
    }

    func testAFileIsOpenedOnlyWithTheIdentityInItsHeader() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/s.lines"
        XCTAssertNil(try LineStore.existing(path: path, identity: 7), "a missing file")
        let offset = try LineStore.created(path: path, identity: 7).append(Array("x\n".utf8))
        XCTAssertNil(try LineStore.existing(path: path, identity: 8), "another state's file")
        let reopened = try XCTUnwrap(LineStore.existing(path: path, identity: 7))
        XCTAssertEqual(reopened.size, offset + 2, "appends go on at the end")
        XCTAssertEqual(LineStore.header(7).count, LineStore.headerSize)
        XCTAssertEqual(String(decoding: LineStore.header(0xFF), as: UTF8.self), "baogao-lines-1 00000000000000ff\n")
    }
}
