/// Chinese numerals: digit values, multipliers and the parse of a numeral run (`两千`, `十四`, `三百多万`).
enum ChineseNumeral {
    /// The result of reading a run of Chinese numeral characters.
    struct Reading: Sendable {
        /// The value, with magnitudes applied.
        var value: DecimalValue
        /// The offset after the run.
        var end: Int
        /// Whether a digit (一…九, 两, 零, 〇) or 十 occurs, as opposed to a bare magnitude (`亿`, `千亿`).
        var hasDigit: Bool
        /// Whether 百, 千, 万 or 亿 occurs.
        var hasMagnitude: Bool
        /// Whether 亿 occurs.
        var hasYi: Bool
        /// Whether the run is digits only (`二〇二三`), read positionally.
        var isPlainDigits: Bool
        /// Number of scalars in the run, qualifiers excluded.
        var length: Int
        /// 余 or 多 inside the run (`三百多万`).
        var hasInnerQualifier: Bool
    }

    /// The digit value of 〇零一二两三四五六七八九, else nil.
    @inline(__always)
    static func digit(_ value: UInt32) -> Int? {
        switch value {
        case 0x3007, 0x96F6: return 0  // 〇 零
        case 0x4E00: return 1  // 一
        case 0x4E8C, 0x4E24: return 2  // 二 两
        case 0x4E09: return 3  // 三
        case 0x56DB: return 4  // 四
        case 0x4E94: return 5  // 五
        case 0x516D: return 6  // 六
        case 0x4E03: return 7  // 七
        case 0x516B: return 8  // 八
        case 0x4E5D: return 9  // 九
        default: return nil
        }
    }

    /// The power of ten of 十百千万亿, else nil.
    @inline(__always)
    static func multiplier(_ value: UInt32) -> Int? {
        switch value {
        case 0x5341: return 1  // 十
        case 0x767E: return 2  // 百
        case 0x5343: return 3  // 千
        case 0x4E07: return 4  // 万
        case 0x4EBF: return 8  // 亿
        default: return nil
        }
    }

    /// The numeral characters: digits and multipliers.
    static let numerals = ScalarSet("〇零一二两三四五六七八九十百千万亿")

    /// Whether `value` can start a Chinese numeral.
    @inline(__always)
    static func isNumeral(_ value: UInt32) -> Bool {
        numerals.contains(value)
    }

    /// 余 or 多.
    @inline(__always)
    static func isInnerQualifier(_ value: UInt32) -> Bool { value == 0x4F59 || value == 0x591A }

    /// Reads the numeral run starting at `start`; 余/多 are taken only after a multiplier and before more numerals.
    static func read(_ text: NumericText, at start: Int) -> Reading {
        var index = start
        var total = 0  // completed 亿/万 sections
        var section = 0  // below 万
        var number = 0  // pending digit
        var hasDigit = false, hasMagnitude = false, hasYi = false, inner = false
        var digitsOnly = true
        var positional = 0
        var length = 0
        var overflow = false
        while index < text.count {
            let value = text[index]
            if let d = digit(value) {
                hasDigit = true
                number = d
                let (p, o1) = positional.multipliedReportingOverflow(by: 10)
                positional = p &+ d
                overflow = overflow || o1
            } else if let m = multiplier(value) {
                digitsOnly = false
                if m == 1 { hasDigit = true } else { hasMagnitude = true }
                switch m {
                case 8:
                    hasYi = true
                    let base = total + section + number
                    total = (base == 0 ? 1 : base).multipliedReportingOverflow(by: 100_000_000).partialValue
                    if base > 90_000_000_000 { overflow = true }
                    section = 0
                case 4:
                    let base = section + number
                    if base == 0 {
                        total = (total == 0 ? 1 : total) * 10_000
                    } else {
                        total += base * 10_000
                    }
                    section = 0
                default:
                    let unit = m == 1 ? 10 : (m == 2 ? 100 : 1000)
                    section += (number == 0 ? 1 : number) * unit
                }
                number = 0
            } else if isInnerQualifier(value), length > 0, multiplier(text[index - 1]) != nil,
                      isNumeral(text[index + 1]), digit(text[index + 1]) == nil {
                inner = true
                index += 1
                continue
            } else {
                break
            }
            length += 1
            index += 1
        }
        let plain = digitsOnly && length > 1
        let result = plain ? positional : total + section + number
        return Reading(
            value: DecimalValue(mantissa: overflow ? 0 : result), end: index, hasDigit: hasDigit,
            hasMagnitude: hasMagnitude, hasYi: hasYi, isPlainDigits: plain || (digitsOnly && length == 1),
            length: length, hasInnerQualifier: inner)
    }
}
