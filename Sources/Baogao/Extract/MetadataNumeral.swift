/// Reads the numbers in metadata phrases: Arabic digits and Chinese numerals (`十八`, `二〇二三`).
public enum MetadataNumeral {
    private static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Whether the character can be part of a number.
    public static func isNumeralCharacter(_ character: Character) -> Bool {
        (character.isASCII && character.isNumber) || digits[character] != nil || character == "十" || character == "百"
    }

    /// The value of a whole numeral: `18`, `十八` → 18, `二十` → 20, `一百零二` → 102, `二〇二三` → 2023.
    public static func value<C: Collection>(of chars: C) -> Int? where C.Element == Character {
        guard !chars.isEmpty else { return nil }
        if chars.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int(String(chars))
        }
        if !chars.contains("十") && !chars.contains("百") {
            // Digit by digit (二〇二三).
            var value = 0
            for character in chars {
                guard let digit = digits[character] else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        var total = 0
        var current = 0
        var seenDigit = false
        for character in chars {
            if let digit = digits[character] {
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
    public static func numeral(endingAt end: Int, in chars: [Character]) -> (value: Int, start: Int)? {
        var start = end
        while start > 0 && isNumeralCharacter(chars[start - 1]) && end - start < 6 { start -= 1 }
        guard start < end, let value = value(of: chars[start..<end]) else { return nil }
        return (value, start)
    }

    /// The numeral that starts at `start` in `chars`: its value and end, or nil.
    public static func numeral(startingAt start: Int, in chars: [Character]) -> (value: Int, end: Int)? {
        var end = start
        while end < chars.count && isNumeralCharacter(chars[end]) && end - start < 6 { end += 1 }
        guard start < end, let value = value(of: chars[start..<end]) else { return nil }
        return (value, end)
    }
}
