#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Page paths relative to the input folder, kept compactly: one buffer of UTF-8 bytes and where
/// each path ends.
///
/// The page list lives for the whole run. As a `[String]`, each path was a heap string of its
/// own (about 100 bytes a page with its array slot, massif on a 20,010-page archive); here a page
/// costs its bytes and 4.
public struct PagePaths: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The paths' UTF-8 bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each path ends in `bytes`.
    private var ends: [UInt32] = []

    /// An empty list.
    public init() {}

    /// The paths in the order given.
    public init(_ paths: some Sequence<String>) {
        for path in paths { append(path) }
    }

    /// The paths in the order given.
    public init(arrayLiteral paths: String...) {
        self.init(paths)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// The path at `position`.
    public subscript(position: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(of: position)]), as: UTF8.self) }
    }

    /// Where the path at `position` lies in the byte buffer.
    func range(of position: Int) -> Range<Int> {
        (position == 0 ? 0 : Int(ends[position - 1]))..<Int(ends[position])
    }

    /// Calls `body` with the byte buffer; a path's bytes are at ``range(of:)``.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// Adds a path at the end.
    public mutating func append(_ path: String) {
        bytes.append(contentsOf: path.utf8)
        ends.append(UInt32(bytes.count))
    }

    /// Adds `folder/name` (`name` alone when `folder` is empty) at the end.
    mutating func append(folder: String, name: [UInt8]) {
        if !folder.isEmpty {
            bytes.append(contentsOf: folder.utf8)
            bytes.append(UInt8(ascii: "/"))
        }
        bytes.append(contentsOf: name)
        ends.append(UInt32(bytes.count))
    }

    /// The same paths sorted by their UTF-8 bytes (`sorted()`, from `Sequence`, would compare
    /// them as Strings, in another order, and return an array).
    public func sortedByBytes() -> PagePaths {
        var order = Array(indices)
        withBytes { buffer in
            order.sort { Self.precedes(range(of: $0), range(of: $1), in: buffer) }
        }
        var result = PagePaths()
        result.bytes.reserveCapacity(bytes.count)
        result.ends.reserveCapacity(ends.count)
        for position in order {
            result.bytes.append(contentsOf: bytes[range(of: position)])
            result.ends.append(UInt32(result.bytes.count))
        }
        return result
    }

    /// Whether the bytes at `first` come before those at `second` (byte order, a prefix first).
    static func precedes(_ first: Range<Int>, _ second: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = Swift.min(first.count, second.count)
        let order = common == 0 ? 0 : memcmp(buffer.baseAddress! + first.lowerBound, buffer.baseAddress! + second.lowerBound, common)
        return order != 0 ? order < 0 : first.count < second.count
    }
}
