import Foundation
import XCTest
@testable import Baogao

final class RecordLineReaderTests: XCTestCase {
    /// A record whose strings hold everything that could mislead a reader that does not follow
    /// strings: quotes, backslashes, braces, brackets, commas, and the key names themselves.
    private let record = ReportRecord(
        id: #"baogao/"odd\id"#, sources: ["a.html"], title: #"标题 "entities":[{"x":1}]"#,
        text: #"正文 {"id":"fake","metadata":{"report_year":1999}} \ "entities":[ ] , } ]"# + "\n第二段",
        headings: [],
        metadata: ReportMetadata(region: Region(province: "江苏省", prefecture: nil, county: nil, code: "320000"), reportDate: nil, reportYear: nil),
        entities: [
            Entity(type: .percent, surface: #"6.5%"}"#, start: 3, value: .number(6.5)),
            Entity(type: .money, surface: "3亿元", start: 9, value: .number(300_000_000), unit: #"元\"#),
        ],
        encoding: "utf-8", warnings: [RecordWarning(code: "w", source: "a.html", message: #"{"entities":[1]}"#)])

    private func parts(_ line: [UInt8]) -> RecordLineReader.Parts? {
        line.withUnsafeBytes { RecordLineReader.parts(of: $0) }
    }

    private func string(_ line: [UInt8], _ range: Range<Int>?) -> String? {
        range.map { String(decoding: line[$0], as: UTF8.self) }
    }

    func testFindsTheMembersPastStringsThatLookLikeJSON() throws {
        let line = RecordEncoder().run(record).line
        let parts = try XCTUnwrap(parts(line))
        XCTAssertEqual(string(line, parts.id), #""baogao/\"odd\\id""#)
        XCTAssertEqual(string(line, parts.reportYear), "null")
        XCTAssertEqual(string(line, parts.regionCode), #""320000""#)
        XCTAssertEqual(parts.entityMembers.count, 2)
    }

    func testEntityLinesAreTheRecordsEntitiesWithItsReportMembers() throws {
        let line = RecordEncoder().run(record).line
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        let entities = try XCTUnwrap(object["entities"] as? [[String: Any]])
        let lines = EntityLineEncoder.lines(fromRecordLine: line).split(separator: 0x0A)
        XCTAssertEqual(lines.count, entities.count)
        for (entityLine, entity) in zip(lines, entities) {
            let decoded = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(entityLine)) as? [String: Any])
            var expected = entity
            expected["report_id"] = #"baogao/"odd\id"#
            expected["report_year"] = NSNull()
            expected["region_code"] = "320000"
            XCTAssertEqual(NSDictionary(dictionary: decoded), NSDictionary(dictionary: expected))
        }
    }

    func testARecordWithoutRegionOrEntitiesHasNoRegionCodeAndNoEntityLines() throws {
        var record = self.record
        record.metadata.region = nil
        record.metadata.reportYear = 2024
        let line = RecordEncoder().run(record).line
        let parts = try XCTUnwrap(parts(line))
        XCTAssertNil(parts.regionCode)
        XCTAssertEqual(string(line, parts.reportYear), "2024")
        record.entities = []
        XCTAssertEqual(EntityLineEncoder.lines(fromRecordLine: RecordEncoder().run(record).line), [])
    }

    func testReadsJSONWithWhitespaceBetweenTokens() throws {
        let line = Array(#" { "id" : "r1" , "metadata" : { "report_year" : 2020 , "region" : null } , "entities" : [ { "type" : "date" } ] }"#.utf8)
        let parts = try XCTUnwrap(parts(line))
        XCTAssertEqual(string(line, parts.id), #""r1""#)
        XCTAssertEqual(string(line, parts.reportYear), "2020")
        XCTAssertNil(parts.regionCode)
        XCTAssertEqual(parts.entityMembers.map { string(line, $0) }, [#" "type" : "date" "#])
    }

    func testLinesThatAreNotRecordsHaveNoParts() {
        let complete = RecordEncoder().run(record).line
        for line in [Array("".utf8), Array("[1,2]".utf8), Array(#"{"id":7}"#.utf8), Array(#"{"id":"x""#.utf8),
                     Array(complete.prefix(complete.count / 2)), Array(#"{"id":"x","entities":[{"a":"b}]}"#.utf8)] {
            XCTAssertNil(parts(line), String(decoding: line, as: UTF8.self))
            XCTAssertEqual(EntityLineEncoder.lines(fromRecordLine: line), [])
        }
    }
}
