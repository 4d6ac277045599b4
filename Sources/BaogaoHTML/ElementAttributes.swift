#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What baogao reads from an element's attributes, for both tree builders: each passes a function
/// that calls its argument with every (name, value) pair as libxml2 gives them, as bytes.
enum ElementAttributes {
    /// Calls its argument with each attribute's name (lower-case) and value (nil when it has none).
    typealias Pairs = ((UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?) -> Void) -> Void

    /// A `<meta>` element's entry: its lower-cased `name`, `property`, `http-equiv` or `itemprop`
    /// (or `charset`) and its content; nil when it has no name or no content.
    static func meta(_ pairs: Pairs) -> (name: String, content: String)? {
        var name: String?
        var content: String?
        pairs { attribute, value in
            let text = value.map { String(decoding: $0, as: UTF8.self) } ?? ""
            switch String(decoding: attribute, as: UTF8.self) {
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
            if Self.equals(name, "class") || Self.equals(name, "id") {
                guard let value else { return }
                if !words.isEmpty { words += " " }
                words += String(decoding: value, as: UTF8.self).lowercased()
            } else if HiddenAttributes.hides(name: name, value: value) {
                hidden = true
            }
        }
        return (words.isEmpty ? nil : words, hidden)
    }

    /// Whether `bytes` are `word`'s.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount && memcmp(bytes.baseAddress!, word.utf8Start, bytes.count) == 0
    }
}
