import XCTest
@testable import BaogaoHTML

final class HTMLTagTests: XCTestCase {
    private func tag(_ name: String) -> HTMLTag {
        Array(name.utf8 + [0]).withUnsafeBufferPointer { HTMLTag(cName: $0.baseAddress!) }
    }

    func testEveryKnownNameFromLibxml2IsItsTag() {
        for known in HTMLTag.allCases where known != .other {
            XCTAssertEqual(tag("\(known)"), known, "\(known)")
        }
    }

    func testUnknownEmptyAndPrefixedNames() {
        XCTAssertEqual(tag("blink"), .other)
        XCTAssertEqual(tag(""), .other)
        XCTAssertEqual(tag("o:p"), .p, "a namespace prefix is dropped")
        XCTAssertEqual(tag("figcaptions"), .other, "longer than eight bytes and unknown")
    }
}
