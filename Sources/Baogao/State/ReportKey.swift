/// The identity of a report's input: its page paths and their content hashes, in page order.
/// Equal keys (and an equal pipeline fingerprint) mean the report need not be processed again.
public enum ReportKey {
    /// The key of pages given as (path, hash) in page order.
    public static func of(_ pages: [(path: String, hash: UInt64?)]) -> String {
        pages.map { "\($0.path)#\($0.hash.map(ContentHash.hex) ?? "-")" }.joined(separator: "\n")
    }
}
