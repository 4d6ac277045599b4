/// Small matching helpers over character arrays used by the metadata finders.
public enum MetadataScan {
    /// Whether `pattern` occurs in `chars` at `index`.
    public static func matches<C: RandomAccessCollection>(_ pattern: [Character], in chars: C, at index: C.Index) -> Bool
    where C.Element == Character, C.Index == Int {
        guard index >= chars.startIndex, index + pattern.count <= chars.endIndex else { return false }
        for (offset, character) in pattern.enumerated() where chars[index + offset] != character {
            return false
        }
        return true
    }

    /// The first index at or after `from` where `pattern` occurs, or nil.
    public static func firstIndex<C: RandomAccessCollection>(of pattern: [Character], in chars: C, from: Int) -> Int?
    where C.Element == Character, C.Index == Int {
        var index = max(from, chars.startIndex)
        while index + pattern.count <= chars.endIndex {
            if matches(pattern, in: chars, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether a character is a CJK unified ideograph (a Han character).
    public static func isHan(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: return true
        default: return false
        }
    }
}
