/// Recognises attributes that keep an element from being shown: `hidden`, or a `style` with
/// `display:none` or `visibility:hidden` (any case, any spacing).
enum HiddenAttributes {
    /// Whether an attribute (name and NUL-terminated value, as libxml2 gives them) hides its element.
    static func hides(name: UnsafePointer<UInt8>, value: UnsafePointer<UInt8>?) -> Bool {
        switch (name[0], name[1]) {
        case (UInt8(ascii: "h"), UInt8(ascii: "i")):
            return String(cString: name) == "hidden"
        case (UInt8(ascii: "s"), UInt8(ascii: "t")):
            guard let value, String(cString: name) == "style" else { return false }
            return styleHides(value)
        default:
            return false
        }
    }

    /// Whether an inline style says `display:none` or `visibility:hidden`.
    static func styleHides(_ style: UnsafePointer<UInt8>) -> Bool {
        // Lower-cased, without white space: "DISPLAY : none" → "display:none".
        var compact: [UInt8] = []
        var cursor = style
        while cursor.pointee != 0 {
            let byte = cursor.pointee
            if byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            cursor += 1
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
