import XCTest
@testable import Baogao

final class ArrayIOVectorsTests: XCTestCase {
    private let lines: [[UInt8]] = [Array("ab\n".utf8), Array("cdef\n".utf8), [], Array("g\n".utf8)]

    private func unwritten(after written: Int) -> (bytes: [UInt8], offsets: [Int]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        lines.forEachUnwritten(after: written) { part, offset in
            XCTAssertEqual(offset, written + bytes.count, "parts follow one another")
            bytes += part
            offsets.append(offset)
        }
        return (bytes, offsets)
    }

    func testWhatAShortWriteLeftIsTheRestOfTheBatchInOrder() {
        let whole = lines.flatMap { $0 }
        for written in 0...whole.count {
            XCTAssertEqual(unwritten(after: written).bytes, Array(whole[written...]), "after \(written)")
        }
    }

    func testEachUnwrittenLineComesWithWhereItStarts() {
        XCTAssertEqual(unwritten(after: 0).offsets, [0, 3, 8])
        XCTAssertEqual(unwritten(after: 4).offsets, [4, 8])
        XCTAssertEqual(unwritten(after: 10).offsets, [])
    }

    func testIOVectorsPointAtEachLine() {
        let lengths = lines.withIOVectors { $0.map(\.iov_len) }
        XCTAssertEqual(lengths, lines.map(\.count))
    }
}
