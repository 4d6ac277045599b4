#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2

/// Long runs of page text that libxml2 reads as short stand-ins: `0x7F`, the run's number in
/// decimal, `0x7F`. The tree builder puts the page's own bytes back where a stand-in arrives.
///
/// libxml2 reads text a character at a time, each copied into a buffer with `xmlCopyChar`: on the
/// benchmark archive that was two fifths of its parse (callgrind). A run stands in only where
/// libxml2 reads it as plain character data that it hands on unchanged:
/// - it follows markup the scan of ``UnreadMarkup`` read as libxml2 does (a start tag that opens
///   no raw text, an end tag, a comment, a DOCTYPE) and ends at the next `<`, or earlier at an `&`
///   that does not open a reference the run may hold;
/// - the references it may hold are those libxml2 hands on as the character they name: a named
///   one of ``namedReferences`` (libxml2's own table says what each is), or a numeric one of a
///   character libxml2 keeps, each closed by `;` (the builder puts the character back, as
///   libxml2 would have handed it on). Chinese pages indent paragraphs with `&emsp;&emsp;` or
///   `&nbsp;`: without them in runs, most paragraphs were read by libxml2 a character at a time;
/// - it starts after any blanks (libxml2 skips them at the start of a document and after its
///   DOCTYPE; text of blanks alone may be ignorable white space, and a stand-in never is), and has
///   no character libxml2 drops (control characters other than tab, line feed and carriage
///   return; U+FFFE, U+FFFF);
/// - the page has no `0x7F` byte at all, so every `0x7F` the builder sees is a stand-in's.
///
/// A link stands in whole, `<a>` to `</a>`, and so does a list item holding only a link, where
/// libxml2 would read the elements as the builder reads a stand-in (``isPlainLinkText(in:_:)``,
/// ``UnreadMarkup``). Navigation, lists of related reports and footers are mostly links: on the
/// benchmark archive they were 408,000 of 902,000 elements, and libxml2 read the pages without
/// them in a quarter less time.
///
/// Stand-ins sit within the first 1,000 bytes of the character data they are part of
/// (``pieceLength``), so libxml2 never hands one on cut in two.
///
/// The parser is given valid UTF-8 (baogao's decoder sees to it), which the stand-ins rely on.
struct TextStandIns {
    /// The byte that opens and closes a stand-in.
    static let marker: UInt8 = 0x7F
    /// Runs shorter than this are left as they are (a stand-in of a few bytes saves nothing).
    static let minimumLength = 24

    /// libxml2 hands character data on in pieces of this many bytes or a few more
    /// (`HTML_PARSER_BIG_BUFFER_SIZE`); a stand-in must end within the first.
    static let pieceLength = 1_000

    /// What a stand-in replaces.
    enum Kind {
        /// A run of text.
        case text
        /// A link, `<a>` to `</a>`; its run is the link's text.
        case link
        /// A list item holding only a link, `<li><a>` to `</a></li>`; its run is the link's text.
        case listItemLink
    }

    /// The page the runs are in.
    let page: UnsafeBufferPointer<UInt8>
    /// The runs in the page, numbered by their place here: text runs, and the text of links
    /// standing in whole.
    private(set) var runs: [Range<Int>] = []
    /// What each of ``runs`` stands in for.
    private var kinds: [Kind] = []

    init(page: UnsafeBufferPointer<UInt8>) {
        self.page = page
    }

    /// Whether the page may have stand-ins: it has no ``marker`` byte.
    static func arePossible(in page: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = page.baseAddress else { return false }
        return memchr(base, Int32(marker), page.count) == nil
    }

    /// The run to stand in for the text from `start` to `end` (a `<`), or nil: from its first byte
    /// other than a blank (libxml2 skips blanks at the start of a document and after its DOCTYPE)
    /// to its first `&` or to `end`.
    static func run(in page: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Range<Int>? {
        var first = start
        while first < end && isBlank(page[first]) { first += 1 }
        guard end - first >= minimumLength else { return nil }
        var index = first
        while index < end {
            // Eight bytes at a time while none is a control byte, `&`, or 0xBF (the second byte
            // of U+FFFE and U+FFFF; rare in Chinese text): most of a run. Otherwise straight to
            // the first such byte (the lowest flag is exact).
            if index + 8 <= end {
                let flags = Self.bytesToLookAt(ByteWord.load(page, at: index))
                if flags == 0 {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount / 8
            }
            let byte = page[index]
            if byte == UInt8(ascii: "&") {
                guard let reference = reference(in: page, at: index, limit: end) else { break }
                index += reference.length
                continue
            }
            // Characters libxml2 drops: control characters but blanks, U+FFFE and U+FFFF (EF BF BE, EF BF BF).
            if byte < 0x20 && !isBlank(byte) { return nil }
            // (Found by its 0xBF: the 0xEF may end eight bytes read at once.)
            if byte == 0xBF && page[index - 1] == 0xEF && index + 1 < end && page[index + 1] >= 0xBE { return nil }
            index += 1
        }
        // The first byte is not a blank, so the run is not white space libxml2 may ignore.
        return index - first >= minimumLength ? first..<index : nil
    }

    /// libxml2's `IS_BLANK_CH`: space, tab, line feed, carriage return.
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The flags of the bytes of a word of eight that need a look: below 0x20, `&` or 0xBF (the
    /// lowest flag is exact; flags above it may be borrows).
    @inline(__always)
    private static func bytesToLookAt(_ word: UInt64) -> UInt64 {
        ByteWord.flags(word, below: 0x20) | ByteWord.flags(word, equalTo: UInt8(ascii: "&")) | ByteWord.flags(word, equalTo: 0xBF)
    }

    /// Whether the text of a link from `range` to its `</a>` comes to the builder from libxml2
    /// as it is, in one piece: it holds no `&` (libxml2 reads references apart), no character
    /// libxml2 drops (control characters but blanks, U+FFFE, U+FFFF), and is not blanks alone
    /// (which libxml2 may take for ignorable white space).
    static func isPlainLinkText(in page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var blanksOnly = !range.isEmpty
        var index = range.lowerBound
        while index < range.upperBound {
            // Eight bytes at a time while none is a blank, a control byte, `&` or 0xBF (the
            // lowest flag is exact: the bytes before it are none of these).
            if index + 8 <= range.upperBound {
                let word = ByteWord.load(page, at: index)
                let flags = ByteWord.flags(word, below: 0x21) | ByteWord.flags(word, equalTo: UInt8(ascii: "&"))
                    | ByteWord.flags(word, equalTo: 0xBF)
                let plain = flags.trailingZeroBitCount / 8
                if plain > 0 {
                    blanksOnly = false
                    index += plain
                    continue
                }
            }
            let byte = page[index]
            index += 1
            if isBlank(byte) { continue }
            blanksOnly = false
            if byte < 0x20 || byte == UInt8(ascii: "&") { return false }
            if byte == 0xBF && page[index - 2] == 0xEF && index < range.upperBound && page[index] >= 0xBE { return false }
        }
        return !blanksOnly
    }

    /// The length of the next stand-in: the markers and the digits of its number.
    var nextLength: Int { 2 + ReducedPageWriter.decimalLength(of: runs.count) }

    /// Records `run` and appends its stand-in (``nextLength`` bytes: shorter than what it
    /// replaces) to `output`. For a link, `run` is its text, between tags with no attribute left.
    mutating func standIn(for run: Range<Int>, kind: Kind = .text, appendingTo output: inout ReducedPageWriter) {
        output.append(Self.marker)
        output.appendDecimal(runs.count)
        output.append(Self.marker)
        runs.append(run)
        kinds.append(kind)
    }

    /// Calls `body` with the pieces of `text` (bytes libxml2 handed on) in order, each text
    /// run's stand-in replaced by its run of the page, and `link` with the text of each link
    /// standing in and whether a list item holds it. A stand-in that is cut, out of order or
    /// unknown breaks the expansion (``isIntact``) and is handed on as it is.
    mutating func expand(
        _ text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void,
        link: (_ text: UnsafeBufferPointer<UInt8>, _ inListItem: Bool) -> Void
    ) {
        var literalStart = 0
        var index = 0
        while index < text.count, let found = memchr(text.baseAddress! + index, Int32(Self.marker), text.count - index) {
            let open = text.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var close = open + 1
            var number = 0
            while close < text.count && text[close] != Self.marker && number <= runs.count {
                let digit = text[close] &- UInt8(ascii: "0")
                if digit > 9 { break }
                number = number * 10 + Int(digit)
                close += 1
            }
            guard close < text.count && text[close] == Self.marker && close > open + 1 && number == expanded && number < runs.count else {
                isBroken = true
                index = open + 1
                continue
            }
            if open > literalStart { body(UnsafeBufferPointer(rebasing: text[literalStart..<open])) }
            switch kinds[number] {
            case .text: putBack(runs[number], body)
            case .link: link(UnsafeBufferPointer(rebasing: page[runs[number]]), false)
            case .listItemLink: link(UnsafeBufferPointer(rebasing: page[runs[number]]), true)
            }
            expanded += 1
            index = close + 1
            literalStart = index
        }
        if literalStart < text.count { body(UnsafeBufferPointer(rebasing: text[literalStart...])) }
    }

    /// Calls `body` with the text of a run: its bytes, each reference replaced by its character.
    private func putBack(_ run: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = run.lowerBound
        while let found = memchr(page.baseAddress! + start, Int32(UInt8(ascii: "&")), run.upperBound - start) {
            let ampersand = page.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if ampersand > start { body(UnsafeBufferPointer(rebasing: page[start..<ampersand])) }
            // The scan let the run hold only references it read.
            let reference = Self.reference(in: page, at: ampersand, limit: run.upperBound)!
            var character: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &character) { raw in
                var count = 0
                UTF8.encode(Unicode.Scalar(reference.value)!) { raw[count] = $0; count += 1 }
                body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
            }
            start = ampersand + reference.length
        }
        if start < run.upperBound { body(UnsafeBufferPointer(rebasing: page[start..<run.upperBound])) }
    }

    /// The named references a run may hold: those Chinese web pages use, each resolved by
    /// libxml2's own table (`htmlEntityLookup`) to the character libxml2 hands on.
    static let namedReferences = [
        "nbsp", "emsp", "ensp", "thinsp", "ldquo", "rdquo", "lsquo", "rsquo", "mdash", "ndash", "hellip", "middot",
        "bull", "lt", "gt", "amp", "quot", "copy", "reg", "trade", "times", "divide", "deg", "plusmn", "sect",
        "laquo", "raquo", "yen", "rarr", "larr", "uarr", "darr", "le", "ge", "ne", "permil", "prime", "para",
    ]

    /// ``namedReferences`` by their name's bytes packed in a word (the first byte lowest), to the
    /// character's scalar value; names libxml2's table lacks are left out.
    private static let namedValues: [UInt64: UInt32] = {
        var values: [UInt64: UInt32] = [:]
        for name in namedReferences {
            guard let entity = htmlEntityLookup(name), entity.pointee.value > 0 else { continue }
            values[Array(name.utf8).withUnsafeBufferPointer { packed($0[...]) }] = entity.pointee.value
        }
        return values
    }()

    /// Up to eight bytes packed in a word, the first byte lowest.
    private static func packed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        var word: UInt64 = 0
        for byte in bytes.reversed() { word = word << 8 | UInt64(byte) }
        return word
    }

    /// The reference at `index` (an `&`) that a run may hold, ending before `limit`: its length and
    /// the scalar value of the character libxml2 hands on for it; nil for any other `&`.
    static func reference(in page: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> (length: Int, value: UInt32)? {
        var position = index + 1
        guard position < limit else { return nil }
        if page[position] == UInt8(ascii: "#") {
            // `&#` and decimal digits, or `&#x` and hex digits, then `;`: a character libxml2
            // keeps (IS_CHAR, but no control character; at most seven digits, so no overflow).
            position += 1
            let hex = position < limit && page[position] | 0x20 == UInt8(ascii: "x")
            if hex { position += 1 }
            let digitsStart = position
            var value: UInt32 = 0
            while position < limit && position - digitsStart < 7 {
                let byte = page[position]
                let digit: UInt8
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    digit = byte - UInt8(ascii: "0")
                } else if hex && byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f") {
                    digit = byte | 0x20 - UInt8(ascii: "a") + 10
                } else {
                    break
                }
                value = value * (hex ? 16 : 10) + UInt32(digit)
                position += 1
            }
            guard position > digitsStart, position < limit, page[position] == UInt8(ascii: ";") else { return nil }
            let kept = (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
            return kept ? (position + 1 - index, value) : nil
        }
        let nameStart = position
        while position < limit && position - nameStart <= 8 && isASCIILetter(page[position]) { position += 1 }
        guard position > nameStart, position - nameStart <= 8, position < limit, page[position] == UInt8(ascii: ";"),
              let value = namedValues[packed(page[nameStart..<position])] else { return nil }
        return (position + 1 - index, value)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") }

    /// How many stand-ins were expanded, in order.
    private(set) var expanded = 0
    /// Whether a stand-in came back cut, out of order or unknown.
    private var isBroken = false

    /// Whether every stand-in came back once, whole and in order: otherwise the tree is not the
    /// page's, and the page must be parsed without stand-ins.
    var isIntact: Bool { !isBroken && expanded == runs.count }
}
