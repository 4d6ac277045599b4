/// A cheap test that rules a line out for a regular expression before ICU runs it.
///
/// Read from the expression's source, it knows two things that hold of every line the expression
/// matches whole: which characters such a line may hold (when the expression has no `.`), and
/// strings of which such a line holds at least one (`发表于|评论于` in `.{1,30}(?:发表于|评论于).{0,30}`).
/// Report prose fails one test or the other at once; the expression then need not run. Only a
/// simple subset of ICU syntax is understood (literals, escaped marks, `\d`, classes, groups,
/// alternation, quantifiers, anchors); anything else gives no filter, and the expression always runs.
final class PatternPrefilter: Sendable {
    /// The characters a matching line may hold: nil when any.
    let alphabet: Alphabet?
    /// `alphabet`'s characters of the basic plane (and the ASCII digits when it has `\d`) as a
    /// bitmap: a hashed set look-up per character was a sixth of the rules' time.
    private let alphabetBitmap: ScalarSet?
    /// A matching line holds one of these: nil when nothing is known.
    let required: LiteralSet?

    /// Characters a pattern can match.
    struct Alphabet: Sendable {
        var scalars: Set<Unicode.Scalar> = []
        /// Whether decimal digits of any script (ICU's `\d`) are included.
        var digits = false

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            scalars.contains(scalar) || (digits && scalar.properties.numericType == .decimal)
        }

        mutating func formUnion(_ other: Alphabet) {
            scalars.formUnion(other.scalars)
            digits = digits || other.digits
        }
    }

    /// The filter of an expression, or nil when its syntax is outside the understood subset.
    convenience init?(source: String) {
        var parser = Parser(scalars: Array(source.unicodeScalars))
        guard let analysis = parser.alternation(), parser.position == parser.scalars.count,
              analysis.alphabet != nil || analysis.required != nil else { return nil }
        self.init(alphabet: analysis.alphabet, required: analysis.required.map { LiteralSet($0) })
    }

    private init(alphabet: Alphabet?, required: LiteralSet?) {
        self.alphabet = alphabet
        self.required = required
        alphabetBitmap = alphabet.map { alphabet in
            var bitmap = ScalarSet()
            for scalar in alphabet.scalars { bitmap.insert(scalar.value) }
            if alphabet.digits { for digit: UInt32 in 0x30...0x39 { bitmap.insert(digit) } }
            return bitmap
        }
    }

    /// Whether a line (a match key) may match the expression whole; false means it cannot.
    func mayMatch(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { mayMatch(utf8: $0) }
    }

    /// ``mayMatch(_:)`` for a line given as valid UTF-8.
    func mayMatch(utf8 line: UnsafeBufferPointer<UInt8>) -> Bool {
        allowsCharacters(ofUTF8: line) && (required?.occurs(inUTF8: line) ?? true)
    }

    /// Whether every character of a line (valid UTF-8) is one a match may hold (the first of the
    /// two tests).
    func allowsCharacters(ofUTF8 line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let alphabet, let alphabetBitmap else { return true }
        var index = 0
        while index < line.count {
            let lead = line[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let value = length == 1 ? UInt32(lead) : UTF8Validator.value(line, at: index, length: length)
            guard alphabetBitmap.contains(value) || alphabet.contains(Unicode.Scalar(value)!) else { return false }
            index += length
        }
        return true
    }

    /// What is known of the matches of a piece of an expression.
    private struct Analysis {
        /// Characters its matches may hold (nil: any).
        var alphabet: Alphabet?
        /// Its matches hold one of these (nil: unknown).
        var required: [String]?
        /// The one string it matches, when it is a plain literal.
        var literal: String?
    }

    /// A recursive-descent reader of the understood subset of ICU syntax.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        private var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        /// `sequence ('|' sequence)*`
        mutating func alternation() -> Analysis? {
            guard var result = sequence() else { return nil }
            while next == "|" {
                position += 1
                guard let other = sequence() else { return nil }
                result = Analysis(
                    alphabet: union(result.alphabet, other.alphabet),
                    required: result.required.flatMap { mine in other.required.map { mine + $0 } },
                    literal: nil)
            }
            return result
        }

        /// Atoms with their quantifiers, up to `|`, `)` or the end.
        private mutating func sequence() -> Analysis? {
            var alphabet: Alphabet? = Alphabet()
            var candidates: [[String]] = []
            var run = ""
            func endRun() {
                if !run.isEmpty { candidates.append([run]) }
                run = ""
            }
            while let scalar = next, scalar != "|", scalar != ")" {
                guard var atom = atom() else { return nil }
                guard let (minimum, maximum) = quantifier() else { return nil }
                if minimum == 0 { atom.required = nil }
                alphabet = union(alphabet, atom.alphabet)
                if let literal = atom.literal, minimum == 1, maximum == 1 {
                    run += literal
                    continue
                }
                endRun()
                if let required = atom.required { candidates.append(required) }
            }
            endRun()
            // Any one atom's strings are required; the longest shortest string rules out most lines.
            let best = candidates.max { shortest($0) < shortest($1) }
            return Analysis(alphabet: alphabet, required: best, literal: nil)
        }

        /// One atom: a literal, an escape, a class, `.`, an anchor or a group.
        private mutating func atom() -> Analysis? {
            guard let scalar = next else { return nil }
            position += 1
            switch scalar {
            case "^", "$":
                return Analysis(alphabet: Alphabet(), required: nil, literal: "")
            case ".":
                return Analysis(alphabet: nil, required: nil, literal: nil)
            case "(":
                if next == "?" {
                    // Only non-capturing groups; look-arounds, flags and named groups are not understood.
                    guard position + 1 < scalars.count, scalars[position + 1] == ":" else { return nil }
                    position += 2
                }
                guard var group = alternation(), next == ")" else { return nil }
                position += 1
                group.literal = nil
                return group
            case "[":
                return characterClass()
            case "\\":
                guard let escaped = next else { return nil }
                position += 1
                if escaped == "d" { return Analysis(alphabet: Alphabet(digits: true), required: nil, literal: nil) }
                guard !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) else { return nil }
                return literal(escaped)
            case "|", ")", "?", "*", "+", "{", "}", "]":
                return nil
            default:
                return literal(scalar)
            }
        }

        private func literal(_ scalar: Unicode.Scalar) -> Analysis {
            Analysis(alphabet: Alphabet(scalars: [scalar]), required: [String(scalar)], literal: String(scalar))
        }

        /// `[…]` without negation, nesting or set operations.
        private mutating func characterClass() -> Analysis? {
            var alphabet = Alphabet()
            // `[^…]` negates; `[:Letter:]` is a property in ICU, not the letters it spells.
            guard next != "^", next != "]", next != ":" else { return nil }
            while let scalar = next, scalar != "]" {
                position += 1
                var member = scalar
                if scalar == "[" || (scalar == "&" && next == "&") { return nil }
                if scalar == "\\" {
                    guard let escaped = next else { return nil }
                    position += 1
                    if escaped == "d" {
                        alphabet.digits = true
                        continue
                    }
                    guard !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) else { return nil }
                    member = escaped
                }
                if next == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                    position += 1
                    guard let upper = next, upper != "\\", upper != "[", upper.value >= member.value,
                          upper.value - member.value < 4_096 else { return nil }
                    position += 1
                    for value in member.value...upper.value {
                        if let inRange = Unicode.Scalar(value) { alphabet.scalars.insert(inRange) }
                    }
                    continue
                }
                alphabet.scalars.insert(member)
            }
            guard next == "]" else { return nil }
            position += 1
            return Analysis(alphabet: alphabet, required: nil, literal: nil)
        }

        /// The bounds of the quantifier after an atom (1, 1 when there is none); nil when unreadable.
        private mutating func quantifier() -> (Int, Int)? {
            var bounds: (Int, Int)
            switch next {
            case "?": bounds = (0, 1)
            case "*": bounds = (0, Int.max)
            case "+": bounds = (1, Int.max)
            case "{":
                position += 1
                guard let minimum = number() else { return nil }
                var maximum = minimum
                if next == "," {
                    position += 1
                    maximum = number() ?? Int.max
                }
                guard next == "}" else { return nil }
                bounds = (minimum, maximum)
            default: return (1, 1)
            }
            position += 1
            if next == "?" || next == "+" { position += 1 }
            return bounds
        }

        private mutating func number() -> Int? {
            var value: Int?
            while let scalar = next, ("0"..."9").contains(scalar) {
                value = (value ?? 0) * 10 + Int(scalar.value - 48)
                guard value! < 100_000 else { return nil }
                position += 1
            }
            return value
        }

        private func union(_ one: Alphabet?, _ other: Alphabet?) -> Alphabet? {
            guard var one, let other else { return nil }
            one.formUnion(other)
            return one
        }

        private func shortest(_ strings: [String]) -> Int {
            strings.map(\.utf8.count).min() ?? 0
        }
    }
}
