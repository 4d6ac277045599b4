/// A page's bytes as read from disk, with what the file system said about it.
public struct RawPage: Sendable {
    public var source: PageSource
    public var bytes: [UInt8]
    /// The file's modification time in nanoseconds since 1970 (0 when unknown).
    public var modified: Int64

    /// Creates a raw page.
    public init(source: PageSource, bytes: [UInt8], modified: Int64 = 0) {
        self.source = source
        self.bytes = bytes
        self.modified = modified
    }
}
