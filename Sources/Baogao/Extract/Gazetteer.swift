import Foundation

/// China's administrative divisions with codes, names, short names, former names (loaded from Data/gazetteer/regions.tsv).
///
/// Each row is one unit under one name for one period, so a name can refer to several units
/// (`新华区` in three prefectures; `铜山` for 铜山县 until 2010 and 铜山区 after). Lookups return
/// every candidate; choosing among them is the caller's job (see `RegionResolver`).
public struct Gazetteer: Sendable {
    /// The column names the table must start with, in order.
    public static let columns = [
        "code", "level", "name", "short_names", "weak_short_names", "from", "to", "province", "prefecture", "parent_code",
    ]

    /// Every unit, in table order.
    public let units: [GazetteerUnit]
    /// The length in characters of the longest full or short name.
    public var longestNameLength: Int { index.value.characterLengths.value.longest }
    /// Built on a thread of its own (see ``GazetteerIndex``).
    private let index: BackgroundValue<GazetteerIndex>

    /// Loads the table at `url`.
    ///
    /// - Throws: `GazetteerError` naming the file, the line and the reason when the file cannot be
    ///   read or a row is malformed.
    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GazetteerError(file: url.path, line: 0, reason: "cannot read the file: \(error.localizedDescription)")
        }
        try self.init(tsv: text, source: url.path)
    }

    /// Parses a table in the regions.tsv format; `source` names it in errors.
    ///
    /// - Throws: `GazetteerError` for a missing header, a wrong column count, an unknown level,
    ///   a malformed code or year.
    public init(tsv: String, source: String) throws {
        var parsed: [GazetteerUnit] = []
        var sawHeader = false
        var lineNumber = 0
        var text = tsv
        // Lines and fields are cut on the bytes in place, and a row's Strings are made only for the
        // fields kept as text: the table is read on the run's serial start, where a String per
        // field, a byte-at-a-time search for tabs and a growing array took 5.4 ms (perf).
        try text.withUTF8 { bytes in
            parsed.reserveCapacity(Gazetteer.count(of: UInt8(ascii: "\n"), in: bytes))
            var fields: [Range<Int>] = []
            fields.reserveCapacity(Gazetteer.columns.count)
            var lineStart = 0
            while lineStart <= bytes.count {
                let newline = Gazetteer.offset(of: UInt8(ascii: "\n"), in: bytes, from: lineStart, to: bytes.count)
                lineNumber += 1
                var lineEnd = newline
                if lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                defer { lineStart = newline + 1 }
                if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                while true {
                    let tab = Gazetteer.offset(of: UInt8(ascii: "\t"), in: bytes, from: fieldStart, to: lineEnd)
                    fields.append(fieldStart..<tab)
                    if tab == lineEnd { break }
                    fieldStart = tab + 1
                }
                let row = Row(bytes: bytes, fields: fields)
                if !sawHeader {
                    guard row.fields.indices.map(row.text) == Gazetteer.columns else {
                        throw GazetteerError(
                            file: source, line: lineNumber,
                            reason: "expected the header \(Gazetteer.columns.joined(separator: ","))")
                    }
                    sawHeader = true
                    continue
                }
                parsed.append(try Gazetteer.unit(from: row, source: source, line: lineNumber))
            }
        }
        guard sawHeader else {
            throw GazetteerError(file: source, line: 0, reason: "no header line; is this a gazetteer table?")
        }
        self.init(units: parsed)
    }

    /// The offset of the first `byte` in `bytes[start..<end]`, or `end`.
    private static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let found = memchr(bytes.baseAddress! + start, Int32(byte), end - start) else { return end }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// How many times `byte` occurs in `bytes`.
    private static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            index = offset(of: byte, in: bytes, from: index, to: bytes.count) + 1
            count += 1
        }
        return count
    }

    /// One line of the table: its fields as ranges of the table's bytes.
    private struct Row {
        let bytes: UnsafeBufferPointer<UInt8>
        let fields: [Range<Int>]

        func text(_ field: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[field]]), as: UTF8.self)
        }

        func isEmpty(_ field: Int) -> Bool { fields[field].isEmpty }

        /// Whether the field is six ASCII digits.
        func isCode(_ field: Int) -> Bool {
            let digits = bytes[fields[field]]
            return digits.count == 6 && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }

        /// The field as a level, or nil.
        func level(_ field: Int) -> GazetteerLevel? {
            let name = bytes[fields[field]]
            // The names' lengths differ: one comparison, and no array of the levels per row.
            let level: GazetteerLevel? = switch name.count {
            case 6: .county
            case 8: .province
            case 10: .prefecture
            default: nil
            }
            guard let level, name.elementsEqual(level.rawValue.utf8) else { return nil }
            return level
        }

        /// The field as a year (an unsigned decimal of one to four digits), or nil.
        func year(_ field: Int) -> Int? {
            let digits = bytes[fields[field]]
            guard (1...4).contains(digits.count), digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                return nil
            }
            return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }

        /// The field's names, split on `|` (none when it is empty).
        func list(_ field: Int) -> [String] {
            let range = fields[field]
            if range.isEmpty { return [] }
            var names: [String] = []
            var start = range.lowerBound
            while true {
                let bar = Gazetteer.offset(of: UInt8(ascii: "|"), in: bytes, from: start, to: range.upperBound)
                names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bar]), as: UTF8.self))
                if bar == range.upperBound { return names }
                start = bar + 1
            }
        }
    }

    /// Builds a gazetteer from units (for tests and tools).
    public init(units: [GazetteerUnit]) {
        self.units = units
        index = BackgroundValue { GazetteerIndex(units: units) }
    }

    /// The units that `name` (a full or short name) refers to, in any period.
    public func entries(named name: String) -> [GazetteerNameEntry] {
        index.value.names[name] ?? []
    }

    /// Whether `name` is a full or short name of some unit.
    public func isName(_ name: String) -> Bool {
        index.value.names[name] != nil
    }

    /// Every name in `chars[range]`, scanning left to right and taking the longest name at each
    /// position (`徐州市铜山区` → 徐州市, 铜山区); names of one character are ignored.
    public func matches(in chars: [Character], range: Range<Int>) -> [GazetteerMatch] {
        let lookup = index.value
        let longestByFirstCharacter = lookup.characterLengths.value.byFirst
        var found: [GazetteerMatch] = []
        var index = range.lowerBound
        while index < range.upperBound - 1 {
            guard let longest = longestByFirstCharacter[chars[index]] else {
                index += 1
                continue
            }
            var length = min(longest, range.upperBound - index)
            var matched = false
            while length >= 2 {
                let name = String(chars[index..<index + length])
                if let entries = lookup.names[name] {
                    found.append(GazetteerMatch(start: index, end: index + length, name: name, entries: entries))
                    index += length
                    matched = true
                    break
                }
                length -= 1
            }
            if !matched { index += 1 }
        }
        return found
    }

    /// The same as `matches(in:range:)` for text of standalone scalars (`StandaloneScalar`), read as scalars.
    public func matches(inScalars scalars: [Unicode.Scalar], range: Range<Int>) -> [GazetteerMatch] {
        guard let nameTrie = index.value.nameTrie else { return matches(in: scalars.map(Character.init), range: range) }
        var found: [GazetteerMatch] = []
        var index = range.lowerBound
        while index < range.upperBound - 1 {
            guard let (end, name) = nameTrie.longestMatch(in: scalars, at: index, limit: range.upperBound, minimumLength: 2)
            else {
                index += 1
                continue
            }
            found.append(GazetteerMatch(start: index, end: end, name: name.name, entries: name.entries))
            index = end
        }
        return found
    }

    /// The units that carried `code`, in any period.
    public func units(withCode code: String) -> [GazetteerUnit] {
        (index.value.codes[code] ?? []).map { units[$0] }
    }

    private static func unit(from row: Row, source: String, line: Int) throws -> GazetteerUnit {
        func fail(_ reason: String) -> GazetteerError {
            GazetteerError(file: source, line: line, reason: reason)
        }
        guard row.fields.count == columns.count else {
            throw fail("expected \(columns.count) tab-separated fields, found \(row.fields.count)")
        }
        guard row.isCode(0) else { throw fail("code '\(row.text(0))' is not 6 digits") }
        let code = row.text(0)
        guard let level = row.level(1) else {
            throw fail("unknown level '\(row.text(1))' (expected province, prefecture or county)")
        }
        guard !row.isEmpty(2) else { throw fail("empty name for code \(code)") }
        guard let from = row.year(5) ?? Int(row.text(5)) else { throw fail("'from' year '\(row.text(5))' is not a number") }
        var until: Int?
        if !row.isEmpty(6) {
            guard let value = row.year(6) ?? Int(row.text(6)) else { throw fail("'to' year '\(row.text(6))' is not a number") }
            until = value
        }
        guard !row.isEmpty(7) else { throw fail("empty province for code \(code)") }
        return GazetteerUnit(
            code: code, level: level, name: row.text(2), shortNames: row.list(3), weakShortNames: row.list(4),
            validFrom: from, validUntil: until, province: row.text(7),
            prefecture: row.isEmpty(8) ? nil : row.text(8), parentCode: row.isEmpty(9) ? nil : row.text(9))
    }
}
