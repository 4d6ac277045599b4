/// Reads the numbers in metadata phrases: Arabic digits and Chinese numerals (`十八`, `二〇二三`).
public enum MetadataNumeral {
    /// The value of a Chinese digit (`〇`, `零`, `一` … `九`, `两`), or nil.
    @inline(__always)
    static func digitValue<G: MetadataGlyph>(_ glyph: G) -> Int? {
        switch glyph {
        case "〇", "零", "○", "O": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// Whether the glyph can be part of a number.
    @inline(__always)
    public static func isNumeralCharacter<G: MetadataGlyph>(_ character: G) -> Bool {
        character.isASCIIDigit || digitValue(character) != nil || character == "十" || character == "百"
    }

    /// The value of a whole numeral: `18`, `十八` → 18, `二十` → 20, `一百零二` → 102, `二〇二三` → 2023.
    public static func value<C: Collection>(of chars: C) -> Int? where C.Element: MetadataGlyph {
        guard !chars.isEmpty else { return nil }
        if chars.allSatisfy({ $0.isASCIIDigit }) {
            return Int(C.Element.string(chars))
        }
        if !chars.contains("十") && !chars.contains("百") {
            // Digit by digit (二〇二三).
            var value = 0
            for character in chars {
                guard let digit = digitValue(character) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        var total = 0
        var current = 0
        var seenDigit = false
        for character in chars {
            if let digit = digitValue(character) {
                current = digit
                seenDigit = true
            } else if character == "十" {
                total += (seenDigit ? current : 1) * 10
                current = 0
                seenDigit = false
            } else if character == "百" {
                total += (seenDigit ? current : 1) * 100
                current = 0
                seenDigit = false
            } else {
                return nil
            }
        }
        return total + current
    }

    /// The numeral that ends just before `end` in `chars`: its value and start, or nil.
    public static func numeral<G: MetadataGlyph>(endingAt end: Int, in chars: [G]) -> (value: Int, start: Int)? {
        var start = end
        while start > 0 && isNumeralCharacter(chars[start - 1]) && end - start < 6 { start -= 1 }
        guard start < end, let value = value(of: chars[start..<end]) else { return nil }
        return (value, start)
    }

    /// The numeral that starts at `start` in `chars`: its value and end, or nil.
    public static func numeral<G: MetadataGlyph>(startingAt start: Int, in chars: [G]) -> (value: Int, end: Int)? {
        var end = start
        while end < chars.count && isNumeralCharacter(chars[end]) && end - start < 6 { end += 1 }
        guard start < end, let value = value(of: chars[start..<end]) else { return nil }
        return (value, end)
    }
}
