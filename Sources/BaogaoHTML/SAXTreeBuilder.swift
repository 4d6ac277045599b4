#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2

/// Builds an ``HTMLTree`` straight from libxml2's SAX callbacks, with no libxml2 tree at all.
///
/// The parser is the one `htmlReadMemory` uses (`htmlParseDocument` on a memory context); only
/// the handler differs, so the tree is the DOM walk's tree. Measured on the benchmark archive
/// (`scripts/parse_floor.c`): libxml2 with a counting SAX handler runs about twice as fast as
/// building, walking and freeing its DOM. XPath rules need a DOM; ``HTMLParser`` uses the DOM
/// walk (``TreeBuilder``) for pages that have them. libxml2's push parser (`htmlParseChunk`) is
/// about 8% faster but stops reading at a stray `</html>`, losing the article after it on pages
/// that include a whole header page (one page of `../shared/corpus`); it is not used.
///
/// The builder is used by one parse on one thread, so its properties skip Swift's run-time
/// exclusivity checks: they were nearly half of the builder's time (perf, benchmark archive).
final class SAXTreeBuilder {
    @exclusivity(unchecked) private(set) var tree = HTMLTree()
    private let maxNodes: Int
    /// The open elements: their tree index, or -1 for elements not recorded.
    @exclusivity(unchecked) private var open: [Int32] = []
    /// How many open elements are unrendered (their content is not collected).
    @exclusivity(unchecked) private var skipping = 0
    @exclusivity(unchecked) private var inTitle = false
    @exclusivity(unchecked) private var title: [UInt8] = []
    /// Whether the last callback was text (only then does more text extend the same text node).
    @exclusivity(unchecked) private var afterText = false
    /// Set when the document has ended and every element, the root too, may close.
    @exclusivity(unchecked) private var finishing = false
    /// The text runs libxml2 reads as stand-ins, put back as they arrive.
    @exclusivity(unchecked) private var standIns: TextStandIns?
    /// The tags' attributes libxml2 reads as stand-ins, handed on as they arrive.
    private let attributeStandIns: AttributeStandIns.Tables?
    /// Set when a stand-in attribute named no tag.
    @exclusivity(unchecked) private var attributeStandInBroken = false

    init(maxNodes: Int, standIns: TextStandIns?, attributeStandIns: AttributeStandIns.Tables?) {
        self.maxNodes = maxNodes
        self.standIns = standIns
        self.attributeStandIns = attributeStandIns
        tree.nodes.reserveCapacity(1024)
        tree.text.reserveCapacity(16 * 1024)
    }

    /// Parses UTF-8 bytes with `htmlParseDocument` and these callbacks, the text of `standIns`
    /// put back where its stand-ins are and the attributes of `attributeStandIns` where theirs
    /// are; nil when libxml2 builds no document, or when a stand-in does not come back as it was
    /// given (the page must then be parsed without stand-ins).
    static func parse(
        _ utf8: UnsafeBufferPointer<UInt8>, options: Int32, maxNodes: Int,
        standIns: TextStandIns? = nil, attributeStandIns: AttributeStandIns? = nil
    ) -> HTMLTree? {
        guard let attributeStandIns else { return parse(utf8, options: options, maxNodes: maxNodes, standIns: standIns, tables: nil) }
        return attributeStandIns.withTables { parse(utf8, options: options, maxNodes: maxNodes, standIns: standIns, tables: $0) }
    }

    private static func parse(
        _ utf8: UnsafeBufferPointer<UInt8>, options: Int32, maxNodes: Int, standIns: TextStandIns?, tables: AttributeStandIns.Tables?
    ) -> HTMLTree? {
        guard let context = utf8.withMemoryRebound(to: CChar.self, { htmlCreateMemoryParserCtxt($0.baseAddress, Int32($0.count)) })
        else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let builder = SAXTreeBuilder(maxNodes: maxNodes, standIns: standIns, attributeStandIns: tables)
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            SAXTreeBuilder.with(context) { $0.start(name, attributes) }
        }
        handler.endElement = { context, _ in
            SAXTreeBuilder.with(context) { $0.end() }
        }
        handler.characters = { context, text, length in
            SAXTreeBuilder.with(context) { $0.characters(text, length) }
        }
        // Like libxml2's tree builder: "ignorable" whitespace is dropped, CDATA is text, and a
        // comment or processing instruction separates two text nodes.
        handler.cdataBlock = handler.characters
        handler.comment = { context, _ in
            SAXTreeBuilder.with(context) { $0.afterText = false }
        }
        handler.processingInstruction = { context, _, _ in
            SAXTreeBuilder.with(context) { $0.afterText = false }
        }
        context.pointee.sax.pointee = handler
        context.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
        htmlCtxtUseOptions(context, options)
        // As htmlCtxtReadMemory does for a given encoding: switch to UTF-8 and record it on the
        // input, so a <meta charset> in the page cannot switch the decoder mid-page.
        if let utf8Handler = xmlFindCharEncodingHandler("UTF-8") {
            xmlSwitchToEncoding(context, utf8Handler)
        }
        if let input = context.pointee.input {
            if let previous = input.pointee.encoding {
                baogao_xml_free(UnsafeMutableRawPointer(mutating: previous))
            }
            input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
        }
        _ = withExtendedLifetime(builder) { htmlParseDocument(context) }
        if let document = context.pointee.myDoc {
            xmlFreeDoc(document)
            context.pointee.myDoc = nil
        }
        builder.finish()
        if let standIns = builder.standIns, !standIns.isIntact { return nil }
        if builder.attributeStandInBroken { return nil }
        return builder.tree
    }

    /// Calls `body` with the builder behind a callback's context, without retaining it (the parse
    /// keeps it alive): a retain and a release per callback were 9 M of the builder's 125 M
    /// instructions on 240 benchmark pages.
    @inline(__always)
    private static func with(_ context: UnsafeMutableRawPointer?, _ body: (SAXTreeBuilder) -> Void) {
        Unmanaged<SAXTreeBuilder>.fromOpaque(context!)._withUnsafeGuaranteedRef(body)
    }

    private func start(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let name else {
            afterText = false
            open.append(-1)
            return
        }
        start(HTMLTag(cName: name), attributes)
    }

    private func start(_ tag: HTMLTag, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        afterText = false
        if skipping > 0 {
            skipping += 1
            open.append(-1)
            return
        }
        switch tag {
        case .title:
            if tree.title == nil { inTitle = true }
            skipping += 1
            open.append(-1)
            return
        case .meta:
            if let meta = ElementAttributes.meta(pairs(attributes)) { tree.metas.append(meta) }
            skipping += 1
            open.append(-1)
            return
        default:
            break
        }
        if tag.isUnrendered && tag != .head {
            skipping += 1
            open.append(-1)
            return
        }
        guard tree.nodes.count < maxNodes else {
            open.append(-1)
            return
        }
        let index = Int32(tree.nodes.count)
        var label: Int32 = -1
        var hidden = false
        if attributes != nil {
            let read = ElementAttributes.labelAndVisibility(pairs(attributes))
            hidden = read.hidden
            if let words = read.label {
                label = Int32(tree.labels.count)
                tree.labels.append(words)
            }
        }
        tree.nodes.append(HTMLTree.Node(
            tag: tag, isText: false, parent: parentIndex, subtreeEnd: index + 1,
            textStart: 0, textEnd: 0, label: label, marks: hidden ? .hidden : []))
        open.append(index)
    }

    private func end() {
        afterText = false
        // The root element stays open until the document ends: a stray `</html>` (a CMS page that
        // includes a whole header page) must not lose the article after it. libxml2's DOM drops
        // that content; here it becomes the root's last children (the only way the two trees differ).
        if open.count == 1 && open[0] == 0 && !finishing { return }
        guard let index = open.popLast() else { return }
        if index >= 0 {
            tree.nodes[Int(index)].subtreeEnd = Int32(tree.nodes.count)
        } else if skipping > 0 {
            skipping -= 1
            if skipping == 0 && inTitle {
                inTitle = false
                tree.title = String(decoding: title, as: UTF8.self)
            }
        }
    }

    private func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard let text, length > 0 else { return }
        let bytes = UnsafeBufferPointer(start: text, count: Int(length))
        if standIns == nil {
            append(bytes)
        } else {
            // `unowned(unsafe)`: the builder outlives the parse; a strong capture retained and released
            // it for every piece of text.
            standIns!.expand(
                bytes, { [unowned(unsafe) self] in self.append($0) },
                link: { [unowned(unsafe) self] in self.appendLink($0, inListItem: $1) })
        }
    }

    /// Adds a link that stood in whole (``TextStandIns``) as libxml2 would have handed it on: an
    /// `a` element with no attributes (in an `li` with none when `inListItem`), its text, its end.
    private func appendLink(_ text: UnsafeBufferPointer<UInt8>, inListItem: Bool) {
        if inListItem { start(.li, nil) }
        start(.a, nil)
        if !text.isEmpty { append(text) }
        end()
        if inListItem { end() }
    }

    /// Adds text to the open title, or to the tree as a text node or the end of the last one.
    private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if skipping > 0 {
            // Inside the title everything is the title's, script and style text too: UnreadMarkup
            // keeps their bodies while a title may be open because of this.
            if inTitle { title.append(contentsOf: bytes) }
            return
        }
        let parent = parentIndex
        // libxml2 may deliver one text run in several calls: keep them one text node.
        if afterText, let last = tree.nodes.last, last.isText, last.textEnd == Int32(tree.text.count) {
            tree.text.append(contentsOf: bytes)
            tree.nodes[tree.nodes.count - 1].textEnd = Int32(tree.text.count)
            return
        }
        guard tree.nodes.count < maxNodes else { return }
        afterText = true
        let start = Int32(tree.text.count)
        tree.text.append(contentsOf: bytes)
        let index = Int32(tree.nodes.count)
        tree.nodes.append(HTMLTree.Node(
            tag: .other, isText: true, parent: parent, subtreeEnd: index + 1,
            textStart: start, textEnd: Int32(tree.text.count), label: -1, marks: []))
    }

    /// Closes whatever libxml2 left open (it normally closes everything at the end).
    private func finish() {
        finishing = true
        while !open.isEmpty { end() }
        if inTitle { tree.title = String(decoding: title, as: UTF8.self) }
    }

    /// The innermost recorded open element, or -1.
    private var parentIndex: Int32 {
        for index in open.reversed() where index >= 0 { return index }
        return -1
    }

    /// The bytes of a C string.
    private static func bytes(_ string: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: string, count: UnsafeRawPointer(string).withMemoryRebound(to: CChar.self, capacity: 1) { strlen($0) })
    }

    /// The attribute pairs of a SAX start-element call, a stand-in's replaced by its tag's attributes.
    private func pairs(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> ElementAttributes.Pairs {
        { [unowned(unsafe) self] body in
            guard var cursor = attributes else { return }
            while let name = cursor.pointee {
                let value = (cursor + 1).pointee
                if let value, value.pointee == AttributeStandIns.marker, let tables = attributeStandIns {
                    if !tables.expand(value, body) { attributeStandInBroken = true }
                } else {
                    body(SAXTreeBuilder.bytes(name), value.map(SAXTreeBuilder.bytes))
                }
                cursor += 2
            }
        }
    }
}
