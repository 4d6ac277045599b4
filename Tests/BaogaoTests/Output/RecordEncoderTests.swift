import Foundation
import XCTest
@testable import Baogao

final class RecordEncoderTests: XCTestCase {
    private let record = ReportRecord(
        id: "baogao/huadong/9001", sources: ["baogao/huadong/9001.html", "baogao/huadong/9001_2.html"],
        title: "示例区人民政府工作报告", text: "一、回顾\n增长6.5%。", headings: [Heading(level: 1, marker: "一、", title: "回顾", start: 0)],
        metadata: ReportMetadata(region: Region(province: "江苏省", prefecture: "徐州市", county: "铜山区", code: "320312"), reportDate: "2023-01-02", reportYear: 2023),
        entities: [Entity(type: .percent, surface: "6.5%", start: 7, value: .number(6.5))],
        encoding: "gb18030", warnings: [RecordWarning(code: "replacement_characters", source: "baogao/huadong/9001.html", message: "1 invalid byte")])

    func testRecordIsOneLineOfValidJSONWithEveryRequiredField() throws {
        let bytes = RecordEncoder().run(record).line
        XCTAssertEqual(bytes.last, 0x0A)
        XCTAssertEqual(bytes.filter { $0 == 0x0A }.count, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        for key in ["schema_version", "id", "sources", "title", "text", "metadata", "entities", "encoding", "warnings"] {
            XCTAssertNotNil(object[key], key)
        }
        let metadata = try XCTUnwrap(object["metadata"] as? [String: Any])
        XCTAssertEqual((metadata["region"] as? [String: Any])?["code"] as? String, "320312")
        XCTAssertEqual(metadata["report_year"] as? Int, 2023)
        XCTAssertTrue(metadata["speaker"] is NSNull)
    }

    func testKeysComeInTheDocumentedOrder() {
        let text = String(decoding: RecordEncoder().run(record).line, as: UTF8.self)
        let order = ["\"schema_version\"", "\"id\"", "\"sources\"", "\"title\"", "\"text\"", "\"headings\"", "\"metadata\"", "\"entities\"", "\"encoding\"", "\"warnings\""]
        let positions = order.map { text.range(of: $0)!.lowerBound }
        XCTAssertEqual(positions, positions.sorted())
    }

    func testEntityLinesCarryTheReportID() throws {
        let lines = String(decoding: RecordEncoder().run(record).entityLines, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(object["report_id"] as? String, "baogao/huadong/9001")
        XCTAssertEqual(object["type"] as? String, "percent")
        XCTAssertEqual(object["value"] as? Double, 6.5)
    }

    func testEveryEntityLineCarriesTheSameReportMembers() throws {
        var record = self.record
        record.metadata.region = nil
        record.entities.append(Entity(type: .money, surface: "3亿元", start: 12, value: .number(300_000_000), unit: "元"))
        let text = String(decoding: RecordEncoder().run(record).entityLines, as: UTF8.self)
        XCTAssertEqual(text, """
            {"report_id":"baogao/huadong/9001","report_year":2023,"region_code":null,"type":"percent","surface":"6.5%","start":7,"value":6.5}
            {"report_id":"baogao/huadong/9001","report_year":2023,"region_code":null,"type":"money","surface":"3亿元","start":12,"value":300000000,"unit":"元"}

            """)
        record.entities = []
        XCTAssertEqual(RecordEncoder().run(record).entityLines, [])
    }
}
