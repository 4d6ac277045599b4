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
        // Lines and fields are cut on the bytes in place: splitting the String compares Characters
        // (grapheme breaking over the whole table), and splitting its UTF-8 view was still a
        // tenth of a small run.
        try text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart <= bytes.count {
                let newline = Gazetteer.offset(of: UInt8(ascii: "\n"), in: bytes, from: lineStart)
                lineNumber += 1
                var lineEnd = newline
                if lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                defer { lineStart = newline + 1 }
                if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
                var fields: [String] = []
                fields.reserveCapacity(Gazetteer.columns.count)
                var fieldStart = lineStart
                while true {
                    let tab = min(Gazetteer.offset(of: UInt8(ascii: "\t"), in: bytes, from: fieldStart), lineEnd)
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<tab]), as: UTF8.self))
                    if tab == lineEnd { break }
                    fieldStart = tab + 1
                }
                if !sawHeader {
                    guard fields == Gazetteer.columns else {
                        throw GazetteerError(
                            file: source, line: lineNumber,
                            reason: "expected the header \(Gazetteer.columns.joined(separator: ","))")
                    }
                    sawHeader = true
                    continue
                }
                parsed.append(try Gazetteer.unit(from: fields, source: source, line: lineNumber))
            }
        }
        guard sawHeader else {
            throw GazetteerError(file: source, line: 0, reason: "no header line; is this a gazetteer table?")
        }
        self.init(units: parsed)
    }

    /// The offset of the first `byte` at or after `start`, or the end of `bytes`.
    private static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] != byte { index += 1 }
        return index
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

    private static func unit(from fields: [String], source: String, line: Int) throws -> GazetteerUnit {
        func fail(_ reason: String) -> GazetteerError {
            GazetteerError(file: source, line: line, reason: reason)
        }
        guard fields.count == columns.count else {
            throw fail("expected \(columns.count) tab-separated fields, found \(fields.count)")
        }
        let code = fields[0]
        guard code.utf8.count == 6, code.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw fail("code '\(code)' is not 6 digits")
        }
        guard let level = GazetteerLevel(rawValue: fields[1]) else {
            throw fail("unknown level '\(fields[1])' (expected province, prefecture or county)")
        }
        guard !fields[2].isEmpty else { throw fail("empty name for code \(code)") }
        guard let from = Int(fields[5]) else { throw fail("'from' year '\(fields[5])' is not a number") }
        var until: Int?
        if !fields[6].isEmpty {
            guard let value = Int(fields[6]) else { throw fail("'to' year '\(fields[6])' is not a number") }
            until = value
        }
        guard !fields[7].isEmpty else { throw fail("empty province for code \(code)") }
        func list(_ field: String) -> [String] {
            // Most lists are empty or of one name: no split for those.
            if field.isEmpty { return [] }
            if !field.utf8.contains(UInt8(ascii: "|")) { return [field] }
            return field.utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
        }
        return GazetteerUnit(
            code: code, level: level, name: fields[2], shortNames: list(fields[3]), weakShortNames: list(fields[4]),
            validFrom: from, validUntil: until, province: fields[7],
            prefecture: fields[8].isEmpty ? nil : fields[8], parentCode: fields[9].isEmpty ? nil : fields[9])
    }
}
