import Foundation
import XCTest
@testable import Baogao

final class JSONWriterTests: XCTestCase {
    private func json(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        body(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    func testStringsAreEscapedLikeJSONAndSlashesAreNot() {
        let text = json { $0.string("a\"b\\c\n/d\u{1}政") }
        XCTAssertEqual(text, #""a\"b\\c\n/d\u0001政""#)
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? String
        XCTAssertEqual(parsed, "a\"b\\c\n/d\u{1}政")
    }

    func testIntegralNumbersHaveNoFraction() {
        XCTAssertEqual(json { $0.number(23_000_000_000.0) }, "23000000000")
        XCTAssertEqual(json { $0.number(6.5) }, "6.5")
        XCTAssertEqual(json { $0.number(-13.1) }, "-13.1")
    }

    func testObjectsAndArraysGetCommasInTheRightPlaces() {
        let text = json {
            $0.beginObject()
            $0.key("a"); $0.beginArray(); $0.number(1); $0.number(2); $0.endArray()
            $0.key("b"); $0.null()
            $0.key("c"); $0.beginObject(); $0.endObject()
            $0.endObject()
        }
        XCTAssertEqual(text, #"{"a":[1,2],"b":null,"c":{}}"#)
    }
}
