/// Finds, in a record line (one JSON object), what the entities file needs — the id, the report
/// year, the region code and each entity's members — as byte ranges, without decoding anything
/// else: the text is skipped a string at a time.
///
/// The entities file is written from the records in the state, so the state need not hold a
/// second copy of every entity (encoding and storing both was about 4% of a bulk run, and half the
/// state's size).
enum RecordLineReader {
    /// The parts of a record line; each range is a JSON value's bytes (strings with their quotes).
    struct Parts: Equatable {
        var id: Range<Int>
        var reportYear: Range<Int>?
        /// nil when the record has no region (`"region":null`).
        var regionCode: Range<Int>?
        /// The members of each entity: the bytes between its braces.
        var entityMembers: [Range<Int>]
    }

    /// The parts of `line`, or nil when it is not a JSON object with a string `id`.
    static func parts(of line: UnsafeRawBufferPointer) -> Parts? {
        let bytes = line.bindMemory(to: UInt8.self)
        let reader = Reader(bytes: bytes)
        var id: Range<Int>?
        var reportYear: Range<Int>?
        var regionCode: Range<Int>?
        var entities: [Range<Int>] = []
        let read = reader.members(ofObjectAt: reader.skipWhitespace(from: 0)) { key, value in
            if reader.is(key, "id"), bytes[value.lowerBound] == UInt8(ascii: "\"") {
                id = value
            } else if reader.is(key, "metadata") {
                _ = reader.members(ofObjectAt: value.lowerBound) { key, value in
                    if reader.is(key, "report_year") {
                        reportYear = value
                    } else if reader.is(key, "region") {
                        _ = reader.members(ofObjectAt: value.lowerBound) { key, value in
                            if reader.is(key, "code") { regionCode = value }
                        }
                    }
                }
            } else if reader.is(key, "entities") {
                _ = reader.elements(ofArrayAt: value.lowerBound) { element in
                    if bytes[element.lowerBound] == UInt8(ascii: "{") { entities.append(element.lowerBound + 1..<element.upperBound - 1) }
                }
            }
        }
        guard read, let id else { return nil }
        return Parts(id: id, reportYear: reportYear, regionCode: regionCode, entityMembers: entities)
    }

    /// A JSON reader that only finds where values start and end.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>

        func skipWhitespace(from index: Int) -> Int {
            var index = index
            while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
            return index
        }

        /// Whether the string value at `range` (with its quotes) is `name`, written without escapes.
        func `is`(_ range: Range<Int>, _ name: StaticString) -> Bool {
            guard range.count == name.utf8CodeUnitCount + 2 else { return false }
            return name.withUTF8Buffer { name in
                name.indices.allSatisfy { bytes[range.lowerBound + 1 + $0] == name[$0] }
            }
        }

        /// The end of the string that opens at `index` (after its closing quote), or nil.
        func endOfString(at index: Int) -> Int? {
            var index = index + 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""): return index + 1
                case UInt8(ascii: "\\"): index += 2
                default: index += 1
                }
            }
            return nil
        }

        /// The end of the value that starts at `index`, or nil when it is cut off.
        func endOfValue(at index: Int) -> Int? {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return endOfString(at: index)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                var cursor = index
                while cursor < bytes.count {
                    switch bytes[cursor] {
                    case UInt8(ascii: "\""):
                        guard let end = endOfString(at: cursor) else { return nil }
                        cursor = end
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { return cursor + 1 }
                    default:
                        break
                    }
                    cursor += 1
                }
                return nil
            default:
                var cursor = index
                while cursor < bytes.count, !Self.endsScalar(bytes[cursor]) { cursor += 1 }
                return cursor > index ? cursor : nil
            }
        }

        private static func endsScalar(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || isWhitespace(byte)
        }

        /// JSON's white space: space, line feed, carriage return, tab.
        private static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
        }

        /// Calls `body` with the key and value ranges of each member of the object at `index`;
        /// false when there is no well-formed object there (`null`, say).
        func members(ofObjectAt index: Int, _ body: (_ key: Range<Int>, _ value: Range<Int>) -> Void) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
            var cursor = skipWhitespace(from: index + 1)
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}") { return true }
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") {
                guard let keyEnd = endOfString(at: cursor) else { return false }
                let colon = skipWhitespace(from: keyEnd)
                guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { return false }
                let valueStart = skipWhitespace(from: colon + 1)
                guard let valueEnd = endOfValue(at: valueStart) else { return false }
                body(cursor..<keyEnd, valueStart..<valueEnd)
                cursor = skipWhitespace(from: valueEnd)
                guard cursor < bytes.count else { return false }
                if bytes[cursor] == UInt8(ascii: "}") { return true }
                guard bytes[cursor] == UInt8(ascii: ",") else { return false }
                cursor = skipWhitespace(from: cursor + 1)
            }
            return false
        }

        /// Calls `body` with the range of each element of the array at `index`.
        func elements(ofArrayAt index: Int, _ body: (Range<Int>) -> Void) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return false }
            var cursor = skipWhitespace(from: index + 1)
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "]") { return true }
            while cursor < bytes.count {
                guard let end = endOfValue(at: cursor) else { return false }
                body(cursor..<end)
                cursor = skipWhitespace(from: end)
                guard cursor < bytes.count else { return false }
                if bytes[cursor] == UInt8(ascii: "]") { return true }
                guard bytes[cursor] == UInt8(ascii: ",") else { return false }
                cursor = skipWhitespace(from: cursor + 1)
            }
            return false
        }
    }
}
