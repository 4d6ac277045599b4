import Baogao
import Foundation
import XCTest

extension Gazetteer {
    /// The project's generated table, loaded once for all tests.
    static let project: Result<Gazetteer, Error> = Result {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try Gazetteer(contentsOf: root.appendingPathComponent("Data/gazetteer/regions.tsv"))
    }
}

final class GazetteerTests: XCTestCase {
    private let header = Gazetteer.columns.joined(separator: "\t")

    private func table(_ rows: [String]) -> String {
        (["# a comment", header] + rows).joined(separator: "\n") + "\n"
    }

    func testParsesUnitsWithShortNamesPeriodsAndParents() throws {
        let gazetteer = try Gazetteer(tsv: table([
            "320000\tprovince\t江苏省\t江苏\t\t1981\t\t江苏省\t\t",
            "320323\tcounty\t铜山县\t铜山\t\t1983\t2010\t江苏省\t徐州市\t320300",
            "320312\tcounty\t铜山区\t铜山\t\t2010\t\t江苏省\t徐州市\t320300",
        ]), source: "test.tsv")
        XCTAssertEqual(gazetteer.units.count, 3)
        let county = gazetteer.units[1]
        XCTAssertEqual(county.name, "铜山县")
        XCTAssertEqual(county.level, .county)
        XCTAssertEqual(county.validUntil, 2010)
        XCTAssertEqual(county.parentCode, "320300")
        XCTAssertTrue(county.isValid(in: 2009))
        XCTAssertFalse(county.isValid(in: 2010))
        XCTAssertEqual(gazetteer.entries(named: "铜山").map(\.unitIndex), [1, 2])
        XCTAssertEqual(gazetteer.entries(named: "铜山区").map(\.kind), [.full])
    }

    func testCRLFLinesCommentsAndBlankLinesAreReadLikeUnixLines() throws {
        let unix = table(["320312\tcounty\t铜山区\t铜山\t\t2010\t\t江苏省\t徐州市\t320300"])
        let windows = "# exported\r\n\r\n" + unix.replacingOccurrences(of: "\n", with: "\r\n")
        let gazetteer = try Gazetteer(tsv: windows, source: "crlf.tsv")
        XCTAssertEqual(gazetteer.units.map(\.code), try Gazetteer(tsv: unix, source: "lf.tsv").units.map(\.code))
        XCTAssertEqual(gazetteer.units.last?.parentCode, "320300")
        XCTAssertThrowsError(try Gazetteer(tsv: windows + "32031\tcounty\tX区\t\t\t2010\t\t江苏省\t\t\r\n", source: "crlf.tsv")) {
            XCTAssertEqual(($0 as? GazetteerError)?.line, unix.split(separator: "\n", omittingEmptySubsequences: false).count + 2)
        }
    }

    func testMalformedRowErrorNamesFileLineAndReason() {
        let text = table(["320312\tcounty\t铜山区\t铜山\t\t2010\t\t江苏省\t徐州市\t320300", "32031\tcounty\tX区\t\t\t2010\t\t江苏省\t\t"])
        XCTAssertThrowsError(try Gazetteer(tsv: text, source: "bad.tsv")) { error in
            let failure = error as? GazetteerError
            XCTAssertEqual(failure?.file, "bad.tsv")
            XCTAssertEqual(failure?.line, 4)
            XCTAssertTrue(failure?.reason.contains("6 digits") ?? false, "\(error)")
        }
    }

    func testWrongFieldCountAndUnknownLevelAreReported() {
        XCTAssertThrowsError(try Gazetteer(tsv: table(["320312\tcounty\t铜山区"]), source: "t.tsv")) { error in
            XCTAssertTrue("\(error)".hasPrefix("t.tsv:3: expected 10"), "\(error)")
        }
        XCTAssertThrowsError(try Gazetteer(tsv: table(["320312\tcity\t铜山区\t\t\t2010\t\t江苏省\t\t"]), source: "t.tsv")) {
            XCTAssertTrue("\($0)".contains("unknown level 'city'"), "\($0)")
        }
    }

    func testNameListsAreSplitOnBarsAndYearsMustBeNumbers() throws {
        let gazetteer = try Gazetteer(tsv: table(["320312\tcounty\t铜山区\t铜山|彭城\t新区\t2010\t12345\t江苏省\t徐州市\t320300"]), source: "t.tsv")
        XCTAssertEqual(gazetteer.units[0].shortNames, ["铜山", "彭城"])
        XCTAssertEqual(gazetteer.units[0].weakShortNames, ["新区"])
        XCTAssertEqual(gazetteer.units[0].validUntil, 12345)
        XCTAssertThrowsError(try Gazetteer(tsv: table(["320312\tcounty\t铜山区\t\t\t20x0\t\t江苏省\t\t"]), source: "t.tsv")) {
            XCTAssertTrue("\($0)".contains("'from' year '20x0' is not a number"), "\($0)")
        }
        XCTAssertThrowsError(try Gazetteer(tsv: table(["320312\tcounty\t铜山区\t\t\t2010\t二〇一一\t江苏省\t\t"]), source: "t.tsv")) {
            XCTAssertTrue("\($0)".contains("'to' year '二〇一一' is not a number"), "\($0)")
        }
    }

    func testMissingHeaderAndMissingFileAreReported() {
        XCTAssertThrowsError(try Gazetteer(tsv: "320312\tcounty\n", source: "h.tsv")) {
            XCTAssertEqual(($0 as? GazetteerError)?.line, 1)
        }
        let missing = URL(fileURLWithPath: "/nonexistent/regions.tsv")
        XCTAssertThrowsError(try Gazetteer(contentsOf: missing)) {
            XCTAssertEqual(($0 as? GazetteerError)?.file, "/nonexistent/regions.tsv")
        }
    }

    func testMatchesTakesLongestNamesLeftToRight() throws {
        let gazetteer = try Gazetteer.project.get()
        let chars = Array("(江苏省)徐州市铜山区人民政府")
        let names = gazetteer.matches(in: chars, range: 0..<chars.count).map(\.name)
        XCTAssertEqual(names, ["江苏省", "徐州市", "铜山区"])
    }

    func testProjectTableHasFormerNamesWithTheirYears() throws {
        let gazetteer = try Gazetteer.project.get()
        let tongshan = gazetteer.entries(named: "铜山").map { gazetteer.units[$0.unitIndex] }
        let county = try XCTUnwrap(tongshan.first { $0.code == "320323" })
        let district = try XCTUnwrap(tongshan.first { $0.code == "320312" })
        XCTAssertEqual(county.name, "铜山县")
        XCTAssertTrue(county.isValid(in: 2009))
        XCTAssertEqual(district.name, "铜山区")
        XCTAssertTrue(district.isValid(in: 2023))
        XCTAssertEqual(district.region, Region(province: "江苏省", prefecture: "徐州市", county: "铜山区", code: "320312"))
        XCTAssertEqual(gazetteer.units(withCode: "310000").first?.region,
                       Region(province: "上海市", prefecture: nil, county: nil, code: "310000"))
    }

    func testCommonWordShortNamesAreMarkedWeak() throws {
        let gazetteer = try Gazetteer.project.get()
        XCTAssertTrue(gazetteer.entries(named: "振兴").allSatisfy { $0.kind == .weakShort })
        XCTAssertFalse(gazetteer.entries(named: "振兴").isEmpty)
        XCTAssertTrue(gazetteer.entries(named: "博野").contains { $0.kind == .short })
    }
}
