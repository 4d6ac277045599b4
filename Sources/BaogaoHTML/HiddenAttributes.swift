/// Recognises attributes that keep an element from being shown: `hidden`, or a `style` with
/// `display:none` or `visibility:hidden` (any case, any spacing).
enum HiddenAttributes {
    /// Whether an attribute (name and value, as libxml2 gives them) hides its element.
    static func hides(name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>?) -> Bool {
        if ElementAttributes.equals(name, "hidden") { return true }
        guard let value, ElementAttributes.equals(name, "style") else { return false }
        return styleHides(value)
    }

    /// Whether an inline style says `display:none` or `visibility:hidden`.
    static func styleHides(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
        // Lower-cased, without white space: "DISPLAY : none" → "display:none".
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for byte in style where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return contains(compact, Array("display:none".utf8)) || contains(compact, Array("visibility:hidden".utf8))
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}
