import Foundation

/// The indicator lexicon (ids, Chinese names and aliases) read from Data/lexicons/indicators.tsv.
public struct IndicatorLexicon: Sendable {
    /// The rows, in file order.
    let definitions: [IndicatorDefinition]
    /// All names, for matching.
    let trie: IndicatorNameTrie

    /// Reads the lexicon file (`id, mapped, level, names, pair`, tab-separated; `#` comments; a header row).
    public init(contentsOf url: URL) throws {
        let contents: String
        do {
            contents = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw IndicatorLexiconError(file: url.path, line: nil, reason: "cannot read: \(error.localizedDescription)")
        }
        try self.init(tsv: contents, source: url.path)
    }

    /// Parses lexicon text; `source` names it in errors.
    init(tsv: String, source: String) throws {
        var definitions: [IndicatorDefinition] = []
        var sawHeader = false
        var lineNumber = 0
        // Lines and fields are cut on the UTF-8 bytes: a split on Characters walked grapheme
        // clusters (half of the file's 9.6 M instructions of start-up, callgrind) and never cut
        // a CRLF line, whose "\r\n" is one Character.
        for rawLine in tsv.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            if !sawHeader {
                guard fields.starts(with: ["id", "mapped", "level", "names"]) else {
                    throw IndicatorLexiconError(
                        file: source, line: lineNumber, reason: "expected header 'id mapped level names pair'")
                }
                sawHeader = true
                continue
            }
            guard fields.count == 4 || fields.count == 5 else {
                throw IndicatorLexiconError(
                    file: source, line: lineNumber, reason: "expected 4 or 5 tab-separated fields, found \(fields.count)")
            }
            guard !fields[0].isEmpty else {
                throw IndicatorLexiconError(file: source, line: lineNumber, reason: "empty id")
            }
            guard fields[1] == "yes" || fields[1] == "no" else {
                throw IndicatorLexiconError(
                    file: source, line: lineNumber, reason: "mapped must be 'yes' or 'no', found '\(fields[1])'")
            }
            guard let level = IndicatorLevelKind(rawValue: fields[2]) else {
                throw IndicatorLexiconError(file: source, line: lineNumber, reason: "unknown level kind '\(fields[2])'")
            }
            let names = fields[3].split(separator: "|").map(String.init).filter { !$0.isEmpty }
            guard !names.isEmpty else {
                throw IndicatorLexiconError(file: source, line: lineNumber, reason: "no names for '\(fields[0])'")
            }
            let pair = fields.count == 5 ? fields[4].split(separator: "|").map(String.init) : []
            guard pair.isEmpty || pair.count == 2 else {
                throw IndicatorLexiconError(file: source, line: lineNumber, reason: "pair must list exactly two ids")
            }
            definitions.append(
                IndicatorDefinition(id: fields[0], mapped: fields[1] == "yes", level: level, names: names, pair: pair))
        }
        guard sawHeader else {
            throw IndicatorLexiconError(file: source, line: nil, reason: "no header row")
        }
        var trie = IndicatorNameTrie()
        for (index, definition) in definitions.enumerated() {
            for name in definition.names { trie.insert(name, definition: index) }
        }
        self.definitions = definitions
        self.trie = trie
    }

    /// The index of the definition with `id` and no pair, if any.
    func definitionIndex(id: String) -> Int? {
        definitions.firstIndex { $0.id == id && $0.pair.isEmpty }
    }
}
