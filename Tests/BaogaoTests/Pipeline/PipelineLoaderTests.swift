import XCTest
@testable import Baogao

final class PipelineLoaderTests: XCTestCase {
    func testDefaultPipelineLoadsWithTheSiteProfile() throws {
        let config = ProjectFiles.defaultPipeline
        XCTAssertEqual(config.fallbackEncoding, "gb18030")
        XCTAssertEqual(config.cleanup.profiles.map(\.name), ["baogao-archive"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: config.gazetteer.path))
    }

    private func load(_ yaml: String) throws -> PipelineConfig {
        let folder = try TemporaryDirectory()
        let file = try folder.write("p.yaml", yaml)
        return try PipelineLoader.load(file)
    }

    private func assertConfigError(_ yaml: String, key: String, mentions: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try load(yaml), file: file, line: line) { error in
            guard let error = error as? ConfigError else { return XCTFail("not a ConfigError: \(error)", file: file, line: line) }
            XCTAssertEqual(error.key, key, file: file, line: line)
            XCTAssertTrue(error.description.contains(mentions), error.description, file: file, line: line)
            XCTAssertTrue(error.description.contains("p.yaml"), file: file, line: line)
        }
    }

    func testUnknownKeyIsNamed() {
        assertConfigError("cleanup:\n  max_link_densty: 0.4\n", key: "cleanup.max_link_densty", mentions: "unknown key")
    }

    func testWrongTypeIsNamed() {
        assertConfigError("cleanup:\n  min_content_chars: many\n", key: "cleanup.min_content_chars", mentions: "expected a whole number")
    }

    func testBadRegularExpressionIsNamed() {
        assertConfigError("cleanup:\n  rules:\n    patterns: ['(unclosed']\n", key: "cleanup.rules.patterns[0]", mentions: "regular expression")
    }

    func testMissingSiteProfileIsNamed() {
        assertConfigError("cleanup:\n  sites: [nowhere.yaml]\n", key: "cleanup.sites[0]", mentions: "does not exist")
    }

    func testInvalidYAMLIsReported() {
        assertConfigError("cleanup: [unclosed\n", key: "", mentions: "not valid YAML")
    }

    func testUnknownEncodingIsNamed() {
        assertConfigError("decode:\n  fallback_encoding: klingon-8\n", key: "decode.fallback_encoding", mentions: "unknown encoding")
    }

    func testMissingFileIsReported() {
        XCTAssertThrowsError(try PipelineLoader.load(URL(fileURLWithPath: "/nonexistent/p.yaml"))) { error in
            XCTAssertEqual((error as? ConfigError)?.problem, "no such file")
        }
    }

    func testSiteProfileWithBadXPathIsNamed() throws {
        let folder = try TemporaryDirectory()
        try folder.write("s.yaml", "name: s\nxpath:\n  drop: [\"//div[@class=\"]\n")
        let pipeline = try folder.write("p.yaml", "cleanup:\n  sites: [s.yaml]\n")
        XCTAssertThrowsError(try PipelineLoader.load(pipeline)) { error in
            XCTAssertEqual((error as? ConfigError)?.key, "xpath.drop[0]")
        }
    }
}
