#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes from a page, before libxml2 reads it, what no tree builder reads: the attributes other
/// than ``kept`` (`href`, `src`, `onclick`, `data-…`, `width`, …), which libxml2 copies byte by
/// byte into a buffer it grows for each, and the bodies of `<script>` and `<style>`, which it
/// copies character by character to callbacks that drop them. On the benchmark archive the
/// attributes are 28% of the bytes, and libxml2's SAX parse of the pages without them takes 22%
/// less time (`scripts/parse_floor.c`).
///
/// The builders read only ``kept`` attributes (class and id words, visibility, `<meta>` entries)
/// and skip script and style text (save inside a `<title>`, which is why a body is kept while a
/// title may be open), so the tree is the same; a page with XPath rules is parsed whole (a rule
/// may name anything).
///
/// The rules keep libxml2's reading of the page intact:
/// - only start tags read exactly as libxml2 reads them are touched: `<` and an ASCII letter, a
///   name as `htmlParseHTMLName` reads names (letters, digits, `:`, `-`, `_`, `.`; under 100
///   bytes), then attributes each after white space (libxml2's four blank bytes), named the same
///   way, with a quoted, unquoted or no value, up to `>` or `/>`. A token after white space that
///   opens no name (`360chrome_form`, `暗伤"曝露？"=""` after a stray quote in a value) libxml2
///   skips up to the next blank, `>` or `/>` and drops: so does the scan, unless it holds a `<`.
///   At the first tag that is not of this form, the rest of the page is left as it is, and a
///   page with a NUL byte is left whole;
/// - comments (up to `-->` or `--!>`) and the raw text of `<script>` and `<style>` (up to
///   `</script` or `</style`, any case, as libxml2 ends them when recovering; the scan ends at a
///   longer name such as `</stylex`, and at raw text that opens with `<`, which libxml2 reads as
///   markup first) are skipped whole, and so are end tags, DOCTYPEs and
///   processing instructions, up to the next `>` as libxml2 skips them when they are broken (a
///   DOCTYPE whose quotes could hold that `>`, and any other `<!` or `<?`, end the scan);
/// - a removed attribute span (the white space before it and the attribute) holds no `<` or `>`,
///   so no tag, comment or raw text can end elsewhere; it never follows a `-`, so no `-->` is
///   made where there was none, nor comes between an unquoted value and `/>`, which the value
///   would then take in. A removed body is all of the raw text, up to where libxml2 ends it.
///
/// Where its caller asks, the scan also replaces long text runs with stand-ins (``TextStandIns``),
/// at places where it has just read markup as libxml2 does; whole links (`<a>`, plain text,
/// `</a>`, the tag left with no attribute) inside elements where libxml2 reads the stand-in's
/// text as it would read the link (``linkContainers``), and list items holding only such a link
/// inside `ul` and `ol` (the scan knows the current element only from the start tag it read
/// last, a comment, text, `<br>`, `<img>` and a stand-in leaving it as it was); and the
/// attributes of start tags that it read as libxml2 does with one stand-in attribute
/// (``AttributeStandIns``). It then also
/// shortens blank text there (2 to 999 bytes of libxml2's blanks up to a `<`, outside a title)
/// to one space: libxml2 reads such text a byte at a time (on `../shared/corpus` it was three
/// quarters of all the text it read so), and nothing that reads the tree tells the runs apart
/// (the block builder folds white space; ``HTMLTree/isSameTree(as:blankRunsFolded:)``). libxml2
/// decides as before whether blank text is ignorable: it looks at whether the text is all blanks
/// and at the byte after it, both kept.
///
/// The tests and `make fuzz` parse pages with and without the removal and compare the trees.
public enum UnreadMarkup {
    /// The attributes a tree builder reads (``ElementAttributes``, ``HiddenAttributes``), lower-case.
    static let keptNames: [StaticString] = ["class", "id", "style", "hidden", "name", "property", "http-equiv", "itemprop", "content", "charset"]

    /// The page without the markup nothing reads, or nil when it has none to remove.
    public static func removed(from page: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var standIns: TextStandIns?
        var attributeStandIns: AttributeStandIns?
        return removed(from: page, standIns: &standIns, attributeStandIns: &attributeStandIns)
    }

    /// The page without the markup nothing reads and, when `standIns` is given, with its long
    /// text runs replaced by stand-ins recorded there (``TextStandIns``), and likewise for
    /// attributes when `attributeStandIns` is given (``AttributeStandIns``); nil when nothing changed.
    static func removed(
        from page: UnsafeBufferPointer<UInt8>, standIns: inout TextStandIns?, attributeStandIns: inout AttributeStandIns?
    ) -> [UInt8]? {
        // libxml2 stops at a NUL; baogao's decoder removes them, and a page that still has one is left alone.
        guard let base = page.baseAddress, memchr(base, 0, page.count) == nil else { return nil }
        var changed = false
        let output = [UInt8](unsafeUninitializedCapacity: page.count) { buffer, initialized in
            var writer = ReducedPageWriter(buffer)
            changed = scan(page, into: &writer, standIns: &standIns, attributeStandIns: &attributeStandIns)
            initialized = writer.count
        }
        return changed ? output : nil
    }

    /// The scan of ``removed(from:standIns:attributeStandIns:)``, writing the reduced page to
    /// `output`; false when it changed nothing.
    private static func scan(
        _ page: UnsafeBufferPointer<UInt8>, into output: inout ReducedPageWriter,
        standIns: inout TextStandIns?, attributeStandIns: inout AttributeStandIns?
    ) -> Bool {
        let base = page.baseAddress!
        // Bytes before `copied` are in `output` (or are removed).
        var copied = 0
        var position = 0
        let count = page.count
        // The spans of one tag, in a buffer kept from tag to tag.
        var spans: [Range<Int>] = []
        spans.reserveCapacity(16)
        // The kept attributes of one tag, at most one of each name when they may stand in.
        let keptAttributes = UnsafeMutableBufferPointer<AttributeStandIns.Attribute>.allocate(capacity: keptNames.count)
        defer { keptAttributes.deallocate() }
        if (standIns != nil || attributeStandIns != nil) && !TextStandIns.arePossible(in: page) {
            standIns = nil
            attributeStandIns = nil
        }
        // Where text read as character data starts: after markup read as libxml2 reads it.
        var textStart: Int?
        // Where libxml2's current character data starts in the reduced page (it is handed on in
        // pieces, and stand-ins go only in the first: ``TextStandIns/pieceLength``), and what the
        // scan knows of libxml2's current element.
        var characterDataStart = 0
        var current = CurrentElement.unknown
        // The spans of a link's tag inside a list item (read to see if the item stands in).
        var linkSpans: [Range<Int>] = []
        // Whether a <title> may be open for libxml2: SAXTreeBuilder takes script and style text
        // inside it as the title's, so their bodies stay. It is closed for sure by a `</title`
        // with no tag since the <title> (an element inside could keep it open).
        var titleMayBeOpen = false
        var tagSinceTitle = false
        func removeUpTo(_ start: Int, resumingAt end: Int) {
            output.append(UnsafeBufferPointer(rebasing: page[copied..<start]))
            copied = end
        }
        // Whether a stand-in put at `index` of the page ends in the first piece of its character data.
        func fitsInFirstPiece(at index: Int) -> Bool {
            output.count + index - copied + standIns!.nextLength - characterDataStart <= TextStandIns.pieceLength
        }
        // The markup just read ends at `end`: libxml2 starts new character data there.
        func markupRead(endingAt end: Int) {
            textStart = end
            characterDataStart = output.count + end - copied
        }
        scanning: while position < count {
            guard let found = memchr(base + position, Int32(UInt8(ascii: "<")), count - position) else { break }
            let open = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if let start = textStart, standIns != nil {
                var firstNonBlank = start
                while firstNonBlank < open && isBlank(page[firstNonBlank]) { firstNonBlank += 1 }
                if firstNonBlank < open, let run = TextStandIns.run(in: page, from: firstNonBlank, to: open), fitsInFirstPiece(at: run.lowerBound) {
                    removeUpTo(run.lowerBound, resumingAt: run.upperBound)
                    standIns!.standIn(for: run, appendingTo: &output)
                } else if firstNonBlank == open && open - start >= 2 && open - start < maximumFoldedBlanks && !titleMayBeOpen {
                    removeUpTo(start, resumingAt: open)
                    output.append(UInt8(ascii: " "))
                }
            }
            textStart = nil
            guard open + 1 < count else { break }
            let next = page[open + 1]
            if next == UInt8(ascii: "!") && open + 3 < count && page[open + 2] == UInt8(ascii: "-") && page[open + 3] == UInt8(ascii: "-") {
                guard let end = commentEnd(page, from: open + 4) else { break scanning }
                position = end
                markupRead(endingAt: end)
                continue
            }
            if next == UInt8(ascii: "/") && open + 2 < count && !isNameStart(page[open + 2]) {
                // Not an end tag for libxml2: it reads on after the `</`.
                position = open + 2
                continue
            }
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                // An end tag, a processing instruction or a DOCTYPE: libxml2 reads it, and skips
                // what it cannot read, up to the next `>` (an end tag's junk may hold what looks
                // like a start tag), except in a DOCTYPE's quoted literals. Other `<!` and `<?`
                // forms are read differently by libxml2 versions: the scan ends there.
                let isDoctype = next == UInt8(ascii: "!") && equalsIgnoringCase(page, open + 2, doctype)
                if next == UInt8(ascii: "!") && !isDoctype { break scanning }
                if next == UInt8(ascii: "?") && !(open + 2 < count && isNameStart(page[open + 2]) && page[open + 2] != UInt8(ascii: ".")) {
                    break scanning
                }
                guard let close = memchr(base + open, Int32(UInt8(ascii: ">")), count - open) else { break scanning }
                let end = base.distance(to: close.assumingMemoryBound(to: UInt8.self))
                if isDoctype && !quotesAreClosed(page, open..<end) { break scanning }
                if next == UInt8(ascii: "/") && titleMayBeOpen && !tagSinceTitle && isName(page, at: open + 2, title) {
                    titleMayBeOpen = false
                }
                position = end + 1
                markupRead(endingAt: position)
                current = .unknown
                continue
            }
            guard isLetter(next) else {
                // `<_`, `<:` and `<.` may open an element for some libxml2 versions: the scan ends.
                if isNameStart(next) { break scanning }
                position = open + 1
                continue
            }
            guard let tag = StartTag(page, at: open, removable: &spans, kept: attributeStandIns != nil ? keptAttributes : nil) else { break scanning }
            if current != .unknown && standIns != nil && !titleMayBeOpen && !tag.keepsAttributes && !tag.closesItself,
               let (kind, text, end) = linkStandingIn(page, tag, listItemAllowed: current == .list, spans: &linkSpans),
               fitsInFirstPiece(at: open) {
                // libxml2 would open the elements, hand on the link's text and close them, the
                // current element staying the same: the builder does so where the stand-in arrives.
                removeUpTo(open, resumingAt: end)
                standIns!.standIn(for: text, kind: kind, appendingTo: &output)
                position = end
                textStart = position
                continue
            }
            // (The stand-in is never longer than the attributes: the reduced page fits the page's length.)
            if tag.keptCanStandIn && tag.keptLength >= AttributeStandIns.minimumLength
                && attributeStandIns!.nextLength <= tag.attributesEnd - tag.name.upperBound {
                removeUpTo(tag.name.upperBound, resumingAt: tag.attributesEnd)
                attributeStandIns!.standIn(for: UnsafeMutableBufferPointer(rebasing: keptAttributes[..<tag.keptCount]), appendingTo: &output)
            } else {
                for span in spans { removeUpTo(span.lowerBound, resumingAt: span.upperBound) }
            }
            position = tag.end
            if !isVoidInLinkContainer(page, tag.name) {
                current = tag.closesItself || tag.opensRawText ? .unknown : CurrentElement(page, tag.name)
            }
            if titleMayBeOpen {
                tagSinceTitle = true
            } else if tag.name.count == title.count && isName(page, at: tag.name.lowerBound, title) {
                titleMayBeOpen = !tag.closesItself
                tagSinceTitle = false
            }
            if tag.opensRawText {
                guard let end = rawTextEnd(page, from: position, name: tag.name) else { break scanning }
                // libxml2 reads a `<` that opens raw text as markup (an end tag, or a start tag
                // that may close the element) before it reads raw text.
                if end > position && page[position] == UInt8(ascii: "<") { break scanning }
                if end > position && !titleMayBeOpen { removeUpTo(position, resumingAt: end) }
                position = end
            } else {
                markupRead(endingAt: position)
            }
        }
        guard copied > 0 else { return false }
        output.append(UnsafeBufferPointer(rebasing: page[copied..<count]))
        return true
    }

    /// A start tag read as libxml2 reads it, the spans of its attributes nothing reads, and the
    /// attributes a tree builder reads.
    private struct StartTag {
        /// The tag name's range.
        var name: Range<Int>
        /// One past the tag's `>`.
        var end: Int
        /// One past its last attribute (the name's end when it has none).
        var attributesEnd: Int
        /// Whether its kept attributes may stand in (``AttributeStandIns``): they were asked for,
        /// there are some, every other attribute is removable, no name comes twice and every
        /// value is plain.
        var keptCanStandIn: Bool
        /// How many kept attributes were recorded.
        var keptCount = 0
        /// The bytes of the kept attributes' names and values.
        var keptLength = 0
        /// Whether it opens `<script>` or `<style>` (not closed by `/>`).
        var opensRawText = false
        /// Whether it ends with `/>` (libxml2 closes the element at once).
        var closesItself = false
        /// Whether any attribute or token stays in the tag (read by a builder, or kept in place).
        var keepsAttributes = false

        /// Reads the start tag at `open` (a `<` and an ASCII letter), puts in `removable` the
        /// spans to remove (the white space before an attribute and the attribute) and, when
        /// given `kept`, there the attributes the builders read while they may stand in; nil when
        /// the tag is not of the simple form the type describes.
        init?(
            _ page: UnsafeBufferPointer<UInt8>, at open: Int, removable: inout [Range<Int>],
            kept: UnsafeMutableBufferPointer<AttributeStandIns.Attribute>?
        ) {
            removable.removeAll(keepingCapacity: true)
            keptCanStandIn = kept != nil
            var keptSeen: UInt16 = 0
            let count = page.count
            var index = open + 1
            while index < count && isNameByte(page[index]) { index += 1 }
            name = open + 1..<index
            // libxml2 reads at most 100 bytes of a name (HTML_PARSER_BUFFER_SIZE).
            guard name.count < 100 else { return nil }
            end = index
            attributesEnd = index
            // Where the bytes kept before the current attribute end (the spans removed since
            // then join that byte to the byte after them), and whether they end an unquoted value.
            var keptUpTo = index
            var keptEndsUnquotedValue = false
            while true {
                let spanStart = index
                while index < count && isBlank(page[index]) { index += 1 }
                guard index < count else { return nil }
                if page[index] == UInt8(ascii: ">") {
                    end = index + 1
                    opensRawText = isRawTextElement(page, name)
                    if keptCount == 0 { keptCanStandIn = false }
                    return
                }
                if page[index] == UInt8(ascii: "/") {
                    guard index + 1 < count, page[index + 1] == UInt8(ascii: ">") else { return nil }
                    end = index + 2
                    closesItself = true
                    if keptCount == 0 { keptCanStandIn = false }
                    return
                }
                // An attribute must follow white space.
                guard index > spanStart else { return nil }
                guard isNameStart(page[index]) else {
                    // A token libxml2 reads no name in (`360chrome_form`, `暗伤"曝露？"=""` after a
                    // value's stray quote): it skips it up to the next blank, `>` or `/>`, and drops it.
                    guard let end = UnreadMarkup.unnamedTokenEnd(page, from: index) else { return nil }
                    index = end
                    if page[keptUpTo - 1] != UInt8(ascii: "-") && !(keptEndsUnquotedValue && page[index] == UInt8(ascii: "/")) {
                        removable.append(spanStart..<index)
                    } else {
                        // Kept in place (it would be joined to what could change its reading).
                        keepsAttributes = true
                        keptUpTo = index
                        keptEndsUnquotedValue = true
                        keptCanStandIn = false
                    }
                    attributesEnd = index
                    continue
                }
                let nameStart = index
                while index < count && isNameByte(page[index]) { index += 1 }
                let attributeName = nameStart..<index
                guard attributeName.count < 100 else { return nil }
                let keptName = keptIndex(page, attributeName)
                var valueHasBracket = false
                var unquoted = false
                var value: Range<Int>?
                // Whether the value may hold a byte that keeps it from standing in (looked at
                // only for attributes that may stand in).
                var valueMayBeUnusual = false
                var after = index
                while after < count && isBlank(page[after]) { after += 1 }
                if after < count && page[after] == UInt8(ascii: "=") {
                    index = after + 1
                    while index < count && isBlank(page[index]) { index += 1 }
                    guard index < count else { return nil }
                    let quote = page[index]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        index += 1
                        let valueStart = index
                        while true {
                            index = keptCanStandIn && keptName != nil
                                ? UnreadMarkup.firstQuoteOrBracket(page, from: index, quote: quote, unusual: &valueMayBeUnusual)
                                : UnreadMarkup.firstQuoteOrBracket(page, from: index, quote: quote)
                            guard index < count else { return nil }
                            if page[index] == quote { break }
                            valueHasBracket = true
                            index += 1
                        }
                        value = valueStart..<index
                        index += 1
                    } else {
                        unquoted = true
                        let valueStart = index
                        while index < count && !isBlank(page[index]) && page[index] != UInt8(ascii: ">") {
                            if page[index] == UInt8(ascii: "<") { valueHasBracket = true }
                            index += 1
                        }
                        value = valueStart..<index
                        valueMayBeUnusual = true
                    }
                }
                // The join must read as before: no `-` before it (a `-->` could appear), and no `/`
                // after an unquoted value (the value would take the `/` of a `/>`).
                let joinIsSafe = page[keptUpTo - 1] != UInt8(ascii: "-")
                    && !(keptEndsUnquotedValue && index < count && page[index] == UInt8(ascii: "/"))
                if !valueHasBracket && joinIsSafe && keptName == nil {
                    removable.append(spanStart..<index)
                } else {
                    keepsAttributes = true
                    keptUpTo = index
                    keptEndsUnquotedValue = unquoted
                    if keptCanStandIn, let keptName, keptSeen & (1 << keptName) == 0,
                       !valueMayBeUnusual || value.map({ AttributeStandIns.isPlainValue(page, $0) }) ?? true {
                        keptSeen |= 1 << keptName
                        kept![keptCount] = AttributeStandIns.Attribute(
                            name: Int32(keptName), valueStart: Int32(value?.lowerBound ?? -1), valueEnd: Int32(value?.upperBound ?? -1))
                        keptCount += 1
                        keptLength += attributeName.count + (value?.count ?? 0)
                    } else {
                        keptCanStandIn = false
                    }
                }
                attributesEnd = index
            }
        }
    }

    /// The elements inside which libxml2 reads a link (`<a>`, text, `</a>`) as the builder reads
    /// the link's stand-in, text where the element's text would be: libxml2 implies a `<p>` for
    /// text only in `html` and `head` (`htmlCheckParagraph`), a new `<a>` closes only an open `a`
    /// and `head` (`htmlStartClose`), and with `HTML_PARSE_NOIMPLIED` it implies no `body`.
    /// Each is a non-empty element libxml2 leaves current after its start tag (it never drops one).
    static let linkContainers = [
        "div", "li", "ul", "ol", "p", "td", "th", "span", "font", "b", "strong", "em", "i", "u", "small", "center", "nobr",
        "label", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "section", "article", "header", "footer", "aside", "main",
    ].map { name in name.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }

    /// What the scan knows of libxml2's current element after a start tag.
    private enum CurrentElement {
        /// Nothing that lets a link stand in.
        case unknown
        /// One of ``linkContainers``.
        case linkContainer
        /// `ul` or `ol`, where a list item holding only a link stands in too: a new `<li>` closes
        /// neither (`htmlStartClose`), and `</li>` closes the item.
        case list

        /// The element a start tag named by `range` (any case) leaves current.
        init(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            guard range.count <= 8 else {
                self = .unknown
                return
            }
            var packed: UInt64 = 0
            for index in range.reversed() { packed = packed << 8 | UInt64(page[index] | 0x20) }
            if packed == UnreadMarkup.unorderedList || packed == UnreadMarkup.orderedList {
                self = .list
            } else {
                self = UnreadMarkup.linkContainers.contains(packed) ? .linkContainer : .unknown
            }
        }
    }

    /// `ul` and `ol` packed as ``linkContainers`` are.
    private static let unorderedList = UInt64(UInt8(ascii: "u")) | UInt64(UInt8(ascii: "l")) << 8
    private static let orderedList = UInt64(UInt8(ascii: "o")) | UInt64(UInt8(ascii: "l")) << 8

    /// The link that stands in from `tag` (a start tag with no attribute left): an `<a>` with
    /// plain text and its `</a>` (``TextStandIns/isPlainLinkText(in:_:)``) or, where
    /// `listItemAllowed`, an `<li>` holding only such a link and its `</li>`; its kind, its text
    /// and where it ends in the page. `spans` is scratch space for the link's tag in a list item.
    private static func linkStandingIn(
        _ page: UnsafeBufferPointer<UInt8>, _ tag: StartTag, listItemAllowed: Bool, spans: inout [Range<Int>]
    ) -> (kind: TextStandIns.Kind, text: Range<Int>, end: Int)? {
        let name = tag.name.lowerBound
        var link = tag
        var kind = TextStandIns.Kind.link
        if tag.name.count == 2 && listItemAllowed && page[name] | 0x20 == UInt8(ascii: "l") && page[name + 1] | 0x20 == UInt8(ascii: "i") {
            guard tag.end + 1 < page.count, page[tag.end] == UInt8(ascii: "<"), page[tag.end + 1] | 0x20 == UInt8(ascii: "a"),
                  let inner = StartTag(page, at: tag.end, removable: &spans, kept: nil), !inner.keepsAttributes, !inner.closesItself
            else { return nil }
            link = inner
            kind = .listItemLink
        }
        guard link.name.count == 1 && page[link.name.lowerBound] | 0x20 == UInt8(ascii: "a"),
              let textEnd = linkTextEnd(page, from: link.end), TextStandIns.isPlainLinkText(in: page, link.end..<textEnd)
        else { return nil }
        var end = textEnd + linkEnd.count
        if kind == .listItemLink {
            guard equalsIgnoringCase(page, end, listItemEnd) else { return nil }
            end += listItemEnd.count
        }
        return (kind, link.end..<textEnd, end)
    }

    /// Whether the tag named by `range` is `br` or `img` (any case): empty elements that libxml2
    /// opens and closes at once, and that close no element of ``linkContainers``, so the current
    /// element stays the same.
    private static func isVoidInLinkContainer(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        switch range.count {
        case 2: return page[start] | 0x20 == UInt8(ascii: "b") && page[start + 1] | 0x20 == UInt8(ascii: "r")
        case 3: return equalsIgnoringCase(page, start, img)
        default: return false
        }
    }

    /// Where the text of a link whose start tag ends at `start` ends: the `<` of a `</a>` (any
    /// case) that is the next markup; nil when other markup comes first.
    private static func linkTextEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let found = memchr(page.baseAddress! + start, Int32(UInt8(ascii: "<")), page.count - start) else { return nil }
        let open = page.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        guard open + linkEnd.count <= page.count, page[open + 1] == UInt8(ascii: "/"), page[open + 2] | 0x20 == UInt8(ascii: "a"),
              page[open + 3] == UInt8(ascii: ">") else { return nil }
        return open
    }

    /// Blank text this long or longer is left as it is: libxml2 hands on text in pieces of 1,000
    /// bytes, and blank pieces it may drop as ignorable are only those that end at a `<`.
    private static let maximumFoldedBlanks = 1_000

    /// Where libxml2 stops skipping a token it reads no attribute name in, from `start`: the next
    /// blank, `>` or `/>`; nil when a `<` comes first (a tag may start there) or the page ends.
    @inline(never)
    private static func unnamedTokenEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < page.count && !isBlank(page[index]) && page[index] != UInt8(ascii: ">")
            && !(page[index] == UInt8(ascii: "/") && index + 1 < page.count && page[index + 1] == UInt8(ascii: ">")) {
            if page[index] == UInt8(ascii: "<") { return nil }
            index += 1
        }
        return index < page.count ? index : nil
    }

    /// Whether `range` holds quotes of one kind only, an even number of them, so that no quoted
    /// literal (of a DOCTYPE) is open at its end.
    private static func quotesAreClosed(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var double = 0
        var single = 0
        for index in range {
            if page[index] == UInt8(ascii: "\"") { double += 1 }
            if page[index] == UInt8(ascii: "'") { single += 1 }
        }
        return (double == 0 || single == 0) && double % 2 == 0 && single % 2 == 0
    }

    /// ``firstQuoteOrBracket(_:from:quote:)``, which also sets `unusual` when a byte before the
    /// one found is `&`, below 0x20 or 0xBF (``AttributeStandIns/isPlainValue(_:_:)`` then looks).
    @inline(__always)
    private static func firstQuoteOrBracket(_ page: UnsafeBufferPointer<UInt8>, from start: Int, quote: UInt8, unusual: inout Bool) -> Int {
        var index = start
        while index + 8 <= page.count {
            let word = ByteWord.load(page, at: index)
            let found = ByteWord.flags(word, equalTo: quote) | ByteWord.flags(word, equalTo: UInt8(ascii: "<"))
                | ByteWord.flags(word, equalTo: UInt8(ascii: ">"))
            let odd = ByteWord.flags(word, below: 0x20) | ByteWord.flags(word, equalTo: UInt8(ascii: "&")) | ByteWord.flags(word, equalTo: 0xBF)
            if found != 0 {
                // The lowest flag of each is exact: an odd flag below the found byte's is a byte.
                if odd & ((found & (~found &+ 1)) &- 1) != 0 { unusual = true }
                return index + found.trailingZeroBitCount / 8
            }
            if odd != 0 { unusual = true }
            index += 8
        }
        unusual = true
        return firstQuoteOrBracket(page, from: index, quote: quote)
    }

    /// The index of the first `quote`, `<` or `>` from `start`, or the page's length: eight bytes
    /// at a time (a byte loop over attribute values was 40% of reading tags; perf, benchmark archive).
    @inline(__always)
    private static func firstQuoteOrBracket(_ page: UnsafeBufferPointer<UInt8>, from start: Int, quote: UInt8) -> Int {
        var index = start
        while index + 8 <= page.count {
            let word = ByteWord.load(page, at: index)
            let found = ByteWord.flags(word, equalTo: quote) | ByteWord.flags(word, equalTo: UInt8(ascii: "<"))
                | ByteWord.flags(word, equalTo: UInt8(ascii: ">"))
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < page.count {
            let byte = page[index]
            if byte == quote || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") { return index }
            index += 1
        }
        return index
    }

    /// The index in ``kept`` of the attribute named by `range` (any case), or nil.
    static func keptIndex(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        // By length and a letter, then the bytes (tables of names cost an array per attribute).
        let start = range.lowerBound
        func index(_ index: Int) -> Int? {
            let name = keptNames[index]
            for offset in 0..<name.utf8CodeUnitCount where page[start + offset] | 0x20 != name.utf8Start[offset] { return nil }
            return index
        }
        switch range.count {
        case 2: return index(1)
        case 4: return index(4)
        case 5: return page[start] | 0x20 == UInt8(ascii: "c") ? index(0) : index(2)
        case 6: return index(3)
        case 7: return page[start + 1] | 0x20 == UInt8(ascii: "o") ? index(8) : index(9)
        case 8: return page[start] | 0x20 == UInt8(ascii: "p") ? index(5) : index(7)
        case 10: return index(6)
        default: return nil
        }
    }

    /// Whether the tag named by `range` is `script` or `style` (any case).
    private static func isRawTextElement(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count == 6 && equalsIgnoringCase(page, range.lowerBound, script)
            || range.count == 5 && equalsIgnoringCase(page, range.lowerBound, style)
    }

    /// Where the raw text from `start` ends: the `<` of the first `</` followed by the element's
    /// name in any case. Nil when it does not end, or when the name goes on (`</stylex`): libxml2
    /// stops there too, but carries on in raw text unless some open element has that name.
    private static func rawTextEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int, name: Range<Int>) -> Int? {
        let tagName = name.count == 6 ? script : style
        var position = start
        while let close = find(closeTagStart, in: page, from: position) {
            if equalsIgnoringCase(page, close + 2, tagName) {
                return isName(page, at: close + 2, tagName) ? close : nil
            }
            position = close + 2
        }
        return nil
    }

    /// One past the end of a comment whose text starts at `start`: its first `-->` or `--!>`, as
    /// libxml2 ends comments; nil when it does not end.
    private static func commentEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var position = start
        while let dash = find(dashes, in: page, from: position) {
            if dash + 2 < page.count && page[dash + 2] == UInt8(ascii: ">") { return dash + 3 }
            if dash + 3 < page.count && page[dash + 2] == UInt8(ascii: "!") && page[dash + 3] == UInt8(ascii: ">") { return dash + 4 }
            position = dash + 1
        }
        return nil
    }

    /// Whether the name at `index` is `word` (any case) and ends there (no name byte follows).
    private static func isName(_ page: UnsafeBufferPointer<UInt8>, at index: Int, _ word: [UInt8]) -> Bool {
        let after = index + word.count
        return equalsIgnoringCase(page, index, word) && !(after < page.count && isNameByte(page[after]))
    }

    /// Whether the bytes at `index` are `word` (lower-case ASCII letters and `-`) in any case.
    private static func equalsIgnoringCase(_ page: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: [UInt8]) -> Bool {
        guard index + word.count <= page.count else { return false }
        for offset in word.indices where page[index + offset] | 0x20 != word[offset] { return false }
        return true
    }

    /// The index of the first occurrence of `needle` in `page` from `start`, or nil.
    private static func find(_ needle: [UInt8], in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = page.baseAddress else { return nil }
        var position = start
        while position + needle.count <= page.count {
            guard let found = memchr(base + position, Int32(needle[0]), page.count - position) else { return nil }
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard index + needle.count <= page.count else { return nil }
            if needle.indices.allSatisfy({ page[index + $0] == needle[$0] }) { return index }
            position = index + 1
        }
        return nil
    }

    private static let script = Array("script".utf8)
    private static let style = Array("style".utf8)
    private static let closeTagStart = Array("</".utf8)
    private static let doctype = Array("doctype".utf8)
    private static let title = Array("title".utf8)
    private static let img = Array("img".utf8)
    /// `</a>`, which ends a link's text, and `</li>`.
    private static let linkEnd = Array("</a>".utf8)
    private static let listItemEnd = Array("</li>".utf8)
    private static let dashes = Array("--".utf8)

    private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    /// libxml2's `IS_BLANK_CH`: space, tab, line feed, carriage return.
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    /// The first byte of a name for `htmlParseHTMLName`: a letter, `_`, `:` or `.`.
    private static func isNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }
    /// A later byte of such a name: also digits and `-`.
    private static func isNameByte(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-") }
}
