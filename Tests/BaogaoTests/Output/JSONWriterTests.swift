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

    /// The escaping rule byte by byte, as the writer applied it before it copied runs.
    private func escapedByteByByte(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for byte in bytes {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        return out + [0x22]
    }

    func testEveryByteIsEscapedTheSameAtEveryPositionOfAWord() {
        // Each ASCII byte at each of the 16 positions of two 8-byte words, before Chinese text.
        let filler = Array("政府工作报告".utf8)
        for byte in UInt8(0)..<0x80 {
            for position in 0..<16 {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: position) + [byte] + filler
                let text = String(decoding: bytes, as: UTF8.self)
                XCTAssertEqual(Array(json { $0.string(text) }.utf8), escapedByteByByte(bytes), "byte \(byte) at \(position)")
            }
        }
    }

    func testLongTextWithScatteredEscapesMatchesTheByteByByteRule() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["报告", "\n", "\"", "\\", "a", "\u{1}", "2023年", "\t", "/", "％"]
        for _ in 0..<50 {
            let text = (0..<Int.random(in: 0..<300, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(Array(json { $0.string(text) }.utf8), escapedByteByByte(Array(text.utf8)), text)
        }
    }

    func testIntegersAreWrittenInDecimal() {
        XCTAssertEqual(json { $0.number(0) }, "0")
        XCTAssertEqual(json { $0.number(-7) }, "-7")
        XCTAssertEqual(json { $0.number(Int.max) }, "9223372036854775807")
        XCTAssertEqual(json { $0.number(Int.min) }, "-9223372036854775808")
        XCTAssertEqual(json { $0.number(-0.0) }, "0")
        XCTAssertEqual(json { $0.number(-9_007_199_254_740_991.0) }, "-9007199254740991")
    }

    func testEachLineStartsWithoutAComma() {
        let text = json {
            $0.beginObject(); $0.key("a"); $0.number(1); $0.endObject(); $0.endLine()
            $0.beginObject(); $0.key("b"); $0.beginArray(); $0.beginObject(); $0.endObject(); $0.null(); $0.endArray(); $0.endObject(); $0.endLine()
        }
        XCTAssertEqual(text, "{\"a\":1}\n{\"b\":[{},null]}\n")
    }

    func testEncodedMembersJoinTheOpenObjectWithCommas() {
        var members = JSONWriter()
        members.key("x"); members.string("甲")
        members.key("y"); members.null()
        let text = json {
            $0.beginObject(); $0.members(members.bytes); $0.key("z"); $0.number(3); $0.endObject()
            $0.beginArray(); $0.beginObject(); $0.key("w"); $0.bool(true); $0.members(members.bytes); $0.endObject(); $0.endArray()
            $0.beginObject(); $0.members([UInt8]()); $0.key("v"); $0.number(1); $0.endObject()
        }
        XCTAssertEqual(text, #"{"x":"甲","y":null,"z":3},[{"w":true,"x":"甲","y":null}],{"v":1}"#)
    }

    func testWriterGrowsPastItsCapacityAndKeepsWhatItWrote() {
        // Every kind of call crossing the first buffer's end, and a long escaped string.
        var writer = JSONWriter(capacity: 1)
        var expected = "["
        writer.beginArray()
        for index in 0..<200 {
            writer.beginObject()
            writer.key("index"); writer.number(index - 100)
            writer.key("name"); writer.string("报告\(index)\"")
            writer.key("share"); writer.number(Double(index) + 0.5)
            writer.key("flag"); writer.bool(index % 2 == 0)
            writer.key("none"); writer.null()
            writer.endObject()
            expected += (index == 0 ? "" : ",") + #"{"index":\#(index - 100),"name":"报告\#(index)\"","share":\#(Double(index) + 0.5),"flag":\#(index % 2 == 0),"none":null}"#
        }
        let long = String(repeating: "政府\n工作", count: 5_000)
        writer.string(long)
        writer.endArray()
        expected += "," + "\"" + String(repeating: "政府\\n工作", count: 5_000) + "\"]"
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), expected)
        // Reading the bytes is a copy: writing goes on after it.
        let before = writer.bytes
        writer.endLine()
        XCTAssertEqual(writer.bytes, before + [0x0A])
    }
}
