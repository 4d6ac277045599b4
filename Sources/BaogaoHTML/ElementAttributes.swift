/// What baogao reads from an element's attributes, for both tree builders: each passes a function
/// that calls its argument with every (name, value) pair as libxml2 gives them (NUL-terminated).
enum ElementAttributes {
    /// Calls its argument with each attribute's name and value.
    typealias Pairs = ((UnsafePointer<UInt8>, UnsafePointer<UInt8>?) -> Void) -> Void

    /// A `<meta>` element's entry: its lower-cased `name`, `property`, `http-equiv` or `itemprop`
    /// (or `charset`) and its content; nil when it has no name or no content.
    static func meta(_ pairs: Pairs) -> (name: String, content: String)? {
        var name: String?
        var content: String?
        pairs { attribute, value in
            let text = value.map { String(cString: $0) } ?? ""
            switch String(cString: attribute) {
            case "name", "property", "http-equiv", "itemprop": name = text.lowercased()
            case "content": content = text
            case "charset":
                name = "charset"
                content = text
            default: break
            }
        }
        guard let name, let content else { return nil }
        return (name, content)
    }

    /// The element's `class` and `id` words (lower-cased, joined by a space; nil when it has none),
    /// and whether an attribute hides it (`hidden`, `style="display:none"`, …).
    static func labelAndVisibility(_ pairs: Pairs) -> (label: String?, hidden: Bool) {
        var words = ""
        var hidden = false
        pairs { name, value in
            switch (name[0], name[1]) {
            case (UInt8(ascii: "c"), UInt8(ascii: "l")), (UInt8(ascii: "i"), UInt8(ascii: "d")):
                let attribute = String(cString: name)
                guard attribute == "class" || attribute == "id", let value else { return }
                if !words.isEmpty { words += " " }
                words += String(cString: value).lowercased()
            default:
                if HiddenAttributes.hides(name: name, value: value) { hidden = true }
            }
        }
        return (words.isEmpty ? nil : words, hidden)
    }
}
