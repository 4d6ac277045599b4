import XCTest
@testable import Baogao

final class ShardTests: XCTestCase {
    func testParsesKOverN() {
        XCTAssertEqual(Shard("2/5"), Shard("2/5"))
        XCTAssertNil(Shard("5/5"))
        XCTAssertNil(Shard("1"))
        XCTAssertNil(Shard("-1/3"))
    }

    func testEveryReportIsInExactlyOneShard() {
        let ids = (0..<500).map { "baogao/huadong/\($0)" }
        let shards = (0..<4).map { Shard("\($0)/4")! }
        for id in ids { XCTAssertEqual(shards.filter { $0.contains(reportID: id) }.count, 1) }
        for shard in shards { XCTAssertGreaterThan(ids.filter { shard.contains(reportID: $0) }.count, 80) }
    }
}
