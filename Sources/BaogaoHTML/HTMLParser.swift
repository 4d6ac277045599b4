import CLibXML2

/// Parses UTF-8 HTML with libxml2's HTML parser into an ``HTMLTree``: straight from SAX callbacks
/// (``SAXTreeBuilder``) on the page without the markup no builder reads (``UnreadMarkup``), or
/// through libxml2's DOM (``TreeBuilder``) on the whole page when XPath rules must be evaluated.
///
/// The caller decodes the page to UTF-8 first: libxml2 is told the bytes are UTF-8 and never
/// guesses, because its own charset handling silently truncates mis-declared GB pages. Parsing is
/// safe on many threads at once; every libxml2 pointer stays inside ``parse(utf8:options:)``.
public enum HTMLParser {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Whether pages are parsed without their unread markup: ``UnreadMarkup`` follows libxml2
    /// 2.9's reading of broken markup (checked against Debian's 2.9.14, which the Docker image
    /// and CI use); later versions changed their tokenizer (2.14 reads HTML5's way), so with
    /// them every page is parsed whole, slower but exact.
    static let removesUnreadMarkup = LIBXML_VERSION / 100 == 209

    /// libxml2's parse options: recover from broken markup, stay silent, never touch the network.
    static let parseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOIMPLIED.rawValue)

    /// Parses a page given as UTF-8 bytes. Without XPath rules and ``HTMLParseOptions/keepsUnreadMarkup``,
    /// blank text between markup may come back as one space (``UnreadMarkup``).
    ///
    /// - Parameters:
    ///   - utf8: The page, already converted to UTF-8.
    ///   - options: XPath rules to mark nodes with, and size limits.
    /// - Returns: The page's element and text tree.
    /// - Throws: ``HTMLParseError`` when libxml2 builds no document or an XPath rule is invalid.
    public static func parse(utf8: [UInt8], options: HTMLParseOptions = HTMLParseOptions()) throws -> HTMLTree {
        precondition(initialized)
        guard utf8.count < Int(Int32.max) else { throw HTMLParseError.tooLarge(bytes: utf8.count) }
        // Fuzzer finding: empty input reached `baseAddress!` (nil for an empty array) and trapped.
        guard !utf8.isEmpty else { throw HTMLParseError.noDocument }
        var errorCount: Int32 = 0
        baogao_silence_errors(&errorCount)
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        if options.dropXPaths.isEmpty && options.keepXPaths.isEmpty {
            let parsed = utf8.withUnsafeBufferPointer { page in
                options.keepsUnreadMarkup || !removesUnreadMarkup
                    ? SAXTreeBuilder.parse(page, options: parseOptions, maxNodes: options.maxNodes)
                    : parseWithoutUnreadMarkup(page, maxNodes: options.maxNodes)
            }
            guard var tree = parsed, !tree.nodes.isEmpty else { throw HTMLParseError.noDocument }
            tree.parseErrors = Int(errorCount)
            return tree
        }

        guard let context = htmlNewParserCtxt() else { throw HTMLParseError.noDocument }
        defer { htmlFreeParserCtxt(context) }
        let document: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { bytes in
                htmlCtxtReadMemory(context, bytes, Int32(buffer.count), nil, "UTF-8", parseOptions)
            }
        }
        guard let document else { throw HTMLParseError.noDocument }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw HTMLParseError.noDocument }

        var builder = TreeBuilder(maxNodes: options.maxNodes)
        builder.walk(root)
        var tree = builder.tree
        try mark(document, with: options.dropXPaths, as: .drop, in: &tree)
        try mark(document, with: options.keepXPaths, as: .keep, in: &tree)
        tree.parseErrors = Int(errorCount)
        return tree
    }

    /// Parses a page as libxml2 reads it without its unread markup and with its long text runs
    /// and its tags' attributes standing in (``UnreadMarkup``, ``TextStandIns``,
    /// ``AttributeStandIns``), or without stand-ins when one did not come back as it was given.
    private static func parseWithoutUnreadMarkup(_ page: UnsafeBufferPointer<UInt8>, maxNodes: Int) -> HTMLTree? {
        var standIns: TextStandIns? = TextStandIns(page: page)
        var attributeStandIns: AttributeStandIns? = AttributeStandIns(page: page)
        let reduced = UnreadMarkup.removed(from: page, standIns: &standIns, attributeStandIns: &attributeStandIns)
        if standIns?.runs.isEmpty == true { standIns = nil }
        if attributeStandIns?.count == 0 { attributeStandIns = nil }
        let hasStandIns = standIns != nil || attributeStandIns != nil
        if hasStandIns, let reduced {
            let tree = reduced.withUnsafeBufferPointer {
                SAXTreeBuilder.parse($0, options: parseOptions, maxNodes: maxNodes, standIns: standIns, attributeStandIns: attributeStandIns)
            }
            if let tree { return tree }
        }
        let removed = hasStandIns ? UnreadMarkup.removed(from: page) : reduced
        guard let removed else { return SAXTreeBuilder.parse(page, options: parseOptions, maxNodes: maxNodes) }
        return removed.withUnsafeBufferPointer { SAXTreeBuilder.parse($0, options: parseOptions, maxNodes: maxNodes) }
    }

    /// Whether an XPath expression compiles in libxml2 (`xmlXPathCompile`).
    public static func isValidXPath(_ expression: String) -> Bool {
        precondition(initialized)
        var errorCount: Int32 = 0
        baogao_silence_errors(&errorCount)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let compiled = xmlXPathCompile(expression) else { return false }
        xmlXPathFreeCompExpr(compiled)
        return true
    }

    /// Marks the tree nodes matched by each XPath expression (`xmlXPathEvalExpression`).
    private static func mark(
        _ document: htmlDocPtr, with expressions: [String], as marks: HTMLTree.Marks, in tree: inout HTMLTree
    ) throws {
        guard !expressions.isEmpty else { return }
        guard let context = xmlXPathNewContext(document) else { return }
        defer { xmlXPathFreeContext(context) }
        for expression in expressions {
            guard let result = xmlXPathEvalExpression(expression, context) else {
                throw HTMLParseError.invalidXPath(expression)
            }
            defer { xmlXPathFreeObject(result) }
            guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { continue }
            for position in 0..<Int(set.pointee.nodeNr) {
                guard let node = set.pointee.nodeTab[position],
                      let tag = node.pointee._private else { continue }
                let index = Int(bitPattern: tag) - 1
                if index >= 0 && index < tree.nodes.count { tree.nodes[index].marks.insert(marks) }
            }
        }
    }
}
