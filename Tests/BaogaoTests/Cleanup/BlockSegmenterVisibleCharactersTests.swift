import XCTest
@testable import Baogao

final class BlockSegmenterVisibleCharactersTests: XCTestCase {
    /// The definition, byte by byte: bytes above 0x20 less those that continue a sequence.
    private func reference(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 > 0x20 ? 1 : 0) - ($1 & 0xC0 == 0x80 ? 1 : 0) }
    }

    func testEightByteCountingEqualsTheDefinitionOnAnyBytes() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0xA0, 0xBF, 0xC0, 0xC2, 0xE4, 0xEF, 0xF0, 0xFF]
        for length in 0..<70 {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator) }
                let counted = bytes.withUnsafeBufferPointer { BlockSegmenter.visibleCharacters($0) }
                XCTAssertEqual(counted, reference(bytes), "\(bytes)")
            }
        }
        let text = Array("  各位代表:\n\t现在 报告。 ".utf8)
        XCTAssertEqual(text.withUnsafeBufferPointer { BlockSegmenter.visibleCharacters($0) }, 10)
    }
}
