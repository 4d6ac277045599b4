/// One of N deterministic parts of an archive, by report id (`--shard K/N`, K from 0 to N−1):
/// all pages of a report fall in one shard, and the N shards together hold every report once.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    /// Parses `K/N`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index >= 0, index < count else {
            return nil
        }
        self.index = index
        self.count = count
    }

    /// Whether a report belongs to this shard.
    public func contains(reportID: String) -> Bool {
        Int(ContentHash.of(reportID) % UInt64(count)) == index
    }

    public var description: String { "\(index)/\(count)" }
}
