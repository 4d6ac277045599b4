import XCTest
@testable import Baogao

final class ConfigNodeTests: XCTestCase {
    private func entries(_ yaml: String, allowed: [String] = ["a", "b", "c"]) throws -> [String: ConfigNode] {
        try ConfigNode.parse(yaml, file: "t.yaml").mapping(allowed: allowed)
    }

    func testPlainScalarsReadAsTheTypeAsked() throws {
        let values = try entries("a: 42\nb: 0.25\nc: yes\n")
        XCTAssertEqual(try values["a"]?.int(in: 0...100), 42)
        XCTAssertEqual(try values["a"]?.string(), "42", "a number where text is asked is its text")
        XCTAssertEqual(try values["b"]?.double(in: 0...1), 0.25)
        XCTAssertEqual(try values["a"]?.double(in: 0...100), 42)
        XCTAssertEqual(try values["c"]?.bool(), true, "YAML 1.1's yes")
        XCTAssertEqual(try entries("a: Off\n")["a"]?.bool(), false)
    }

    func testQuotedScalarIsTextNotANumber() throws {
        let value = try XCTUnwrap(try entries("a: '42'\n")["a"])
        XCTAssertEqual(try value.string(), "42")
        XCTAssertThrowsError(try value.int(in: 0...100)) { error in
            XCTAssertEqual((error as? ConfigError)?.problem, "expected a whole number, got the string '42'")
        }
    }

    func testWrongTypeIsNamedWithTheKeyPath() throws {
        let rules = try XCTUnwrap(try entries("a:\n  b: many\n")["a"]).mapping(allowed: ["b"])
        XCTAssertThrowsError(try rules["b"]?.int(in: 0...9)) { error in
            let error = error as? ConfigError
            XCTAssertEqual(error?.key, "a.b")
            XCTAssertEqual(error?.problem, "expected a whole number, got the string 'many'")
        }
        XCTAssertThrowsError(try entries("a: [1, 2]\n")["a"]?.bool()) { error in
            XCTAssertEqual((error as? ConfigError)?.problem, "expected true or false, got a list")
        }
        XCTAssertThrowsError(try entries("a: 7\n")["a"]?.int(in: 0...5)) { error in
            XCTAssertEqual((error as? ConfigError)?.problem, "expected a number from 0 to 5, got 7")
        }
    }

    func testNullIsMissing() throws {
        for null in ["~", "null", ""] {
            let value = try XCTUnwrap(try entries("a: \(null)\n")["a"])
            XCTAssertEqual(try value.sequence().count, 0, null)
            XCTAssertEqual(try value.mapping(allowed: []).count, 0, null)
            XCTAssertThrowsError(try value.string(), null) { error in
                XCTAssertEqual((error as? ConfigError)?.problem, "expected a string, got nothing")
            }
        }
        XCTAssertEqual(try entries("a: ''\n")["a"]?.string(), "", "a quoted empty string is text")
    }

    func testSequenceElementsAreNamedByIndex() throws {
        let list = try XCTUnwrap(try entries("a: [x, 'y', 3]\n")["a"]).sequence()
        XCTAssertEqual(list.map(\.path), ["a[0]", "a[1]", "a[2]"])
        XCTAssertEqual(try list.map { try $0.string() }, ["x", "y", "3"])
    }

    func testUnknownKeyAndNonMappingAreErrors() {
        XCTAssertThrowsError(try entries("d: 1\n")) { error in
            XCTAssertEqual((error as? ConfigError)?.key, "d")
        }
        XCTAssertThrowsError(try entries("- a\n")) { error in
            XCTAssertEqual((error as? ConfigError)?.problem, "expected a mapping of keys (a, b, c), got a list")
        }
        XCTAssertThrowsError(try ConfigNode.parse("a: [unclosed\n", file: "t.yaml")) { error in
            XCTAssertTrue((error as? ConfigError)?.problem.hasPrefix("not valid YAML") == true)
        }
    }
}
