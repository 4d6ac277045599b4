import Foundation

/// The tokens of the shared extraction scorer: after NFKC and case folding, every CJK character is
/// one token and every run of other letters or digits is one; punctuation and space are dropped.
public enum TextTokens {
    /// The tokens of a text, counted.
    public static func counts(of text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var run = String.UnicodeScalarView()
        func endRun() {
            if !run.isEmpty {
                counts[String(run), default: 0] += 1
                run = String.UnicodeScalarView()
            }
        }
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if isCJK(scalar) {
                endRun()
                counts[String(scalar), default: 0] += 1
            } else if isAlphanumeric(scalar) {
                run.append(scalar)
            } else {
                endRun()
            }
        }
        endRun()
        return counts
    }

    /// Whether a scalar is a CJK token on its own (Han, 〇, kana, bopomofo, Hangul syllables).
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3007, 0x3040...0x30FF, 0x3100...0x312F, 0x31A0...0x31BF, 0x31F0...0x31FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
