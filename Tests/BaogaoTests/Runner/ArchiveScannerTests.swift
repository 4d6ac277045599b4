import XCTest
@testable import Baogao

final class ArchiveScannerTests: XCTestCase {
    func testFindsPageExtensionsRecursivelyAndSorted() throws {
        let folder = try TemporaryDirectory()
        for path in ["b/2.HTM", "a/1.html", "a/deep/3.shtml", "a/notes.txt", "a/img.png"] { try folder.write(path, "x") }
        let result = ArchiveScanner.scan(root: folder.path)
        XCTAssertEqual(result.pages, ["a/1.html", "a/deep/3.shtml", "b/2.HTM"])
        XCTAssertTrue(result.failures.isEmpty)
    }

    func testDirectoryNamedLikeAPageIsWalkedNotRead() throws {
        let folder = try TemporaryDirectory()
        try folder.write("x.html/inner.html", "x")
        XCTAssertEqual(ArchiveScanner.scan(root: folder.path).pages, ["x.html/inner.html"])
    }

    func testSymlinkLoopDoesNotHang() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a/1.html", "x")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a/loop", withDestinationPath: folder.path + "/a")
        XCTAssertEqual(ArchiveScanner.scan(root: folder.path).pages, ["a/1.html"])
    }

    func testNonUTF8FileNameIsReportedAsFailure() throws {
        let folder = try TemporaryDirectory()
        let name: [UInt8] = Array("bad".utf8) + [0xFF] + Array(".html".utf8)
        let path = folder.path + "/" + String(decoding: [], as: UTF8.self)
        _ = path
        let full = Array(folder.path.utf8) + [0x2F] + name + [0]
        let descriptor = full.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        close(descriptor)
        let result = ArchiveScanner.scan(root: folder.path)
        XCTAssertTrue(result.pages.isEmpty)
        XCTAssertEqual(result.failures.map(\.reason), ["bad_file_name"])
    }
}
