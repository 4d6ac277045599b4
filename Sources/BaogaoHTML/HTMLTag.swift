/// The HTML element names that content extraction distinguishes; everything else is `.other`.
public enum HTMLTag: UInt8, Sendable, CaseIterable {
    case other
    case html, head, body, title, meta
    case div, section, article, main, span, font, center
    case p, br, hr, pre, blockquote
    case h1, h2, h3, h4, h5, h6
    case a, img, strong, b, em, i, u, small, sub, sup
    case ul, ol, li, dl, dt, dd
    case table, tbody, thead, tfoot, tr, td, th, caption
    case nav, header, footer, aside, menu
    case form, input, select, option, textarea, button, label
    case iframe, frame, embed, object, canvas, video, audio, figure, figcaption
    case script, style, noscript, template, svg, link

    /// The tag for a lower-case element name as libxml2 reports it.
    public init(name: String) {
        self = HTMLTag.byName[name] ?? .other
    }

    /// The tag for a NUL-terminated lower-case element name from libxml2, without making a String
    /// for the common short names.
    public init(cName: UnsafePointer<UInt8>) {
        var cName = cName
        // `o:p` is `p` with a namespace prefix, as libxml2's tree builder names it.
        var scan = 0
        while cName[scan] != 0 {
            if cName[scan] == UInt8(ascii: ":") {
                cName = cName + scan + 1
                break
            }
            scan += 1
        }
        var packed: UInt64 = 0
        var length = 0
        while cName[length] != 0 {
            guard length < 8 else {
                self.init(name: String(cString: cName))
                return
            }
            packed |= UInt64(cName[length]) << (8 * UInt64(length))
            length += 1
        }
        self = HTMLTag.packedNames.tag(packed)
    }

    /// The tags of names of up to eight bytes, by their bytes packed into a word.
    private static let packedNames = PackedNameTable(byName.compactMap { name, tag in
        guard name.utf8.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for (offset, byte) in name.utf8.enumerated() { packed |= UInt64(byte) << (8 * UInt64(offset)) }
        return (packed, tag)
    })

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        for tag in HTMLTag.allCases where tag != .other { table["\(tag)"] = tag }
        return table
    }()

    /// Whether the element starts a new line of text in a browser (a block boundary).
    public var isBlock: Bool {
        switch self {
        case .html, .body, .div, .section, .article, .main, .center, .p, .br, .hr, .pre, .blockquote,
             .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd,
             .table, .tbody, .thead, .tfoot, .tr, .td, .th, .caption,
             .nav, .header, .footer, .aside, .menu, .form, .figure, .figcaption, .title, .option, .textarea,
             .iframe, .video, .audio, .canvas, .select:
            return true
        default:
            return false
        }
    }

    /// Whether the element never holds rendered reading text (its subtree is not collected).
    public var isUnrendered: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .link, .meta, .head, .object, .embed, .canvas:
            return true
        default:
            return false
        }
    }

    /// Whether the element is a heading `h1`…`h6`.
    public var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }
}
