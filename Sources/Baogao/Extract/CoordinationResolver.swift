/// Spreads a unit or a trailing qualifier over coordinated numbers (`1.2和0.8个百分点`, `7%和8%左右`) and
/// a unit over the bare lower end of a range (`3至5家`).
enum CoordinationResolver {
    private static let connectors = ScalarSet("和与及、或")
    /// Range connectors (`3至5家`), which lend a unit only to a bare lower end.
    private static let rangeConnectors = ScalarSet("至到~-—–〜～")

    /// The tokens with bare numbers given their right neighbour's unit (or dropped), right to left.
    static func resolve(_ tokens: [NumericToken], in text: NumericText) -> [NumericToken] {
        guard tokens.contains(where: { $0.kind == .bare || $0.suffixQualifier != nil }) else { return tokens }
        var resolved = tokens
        var index = resolved.count - 2
        while index >= 0 {
            guard isConnected(resolved[index], resolved[index + 1], in: text, range: resolved[index].kind == .bare) else {
                index -= 1
                continue
            }
            let right = resolved[index + 1]
            var left = resolved[index]
            do {
                if left.kind == .bare, right.kind != .bare, right.kind != .date {
                    left.kind = right.kind
                    left.currency = right.currency
                    left.unit = right.unit
                    if left.magnitude == 0, right.magnitude > 0 {
                        left.value = left.value.scaled(by: right.magnitude)
                        left.magnitude = right.magnitude
                    }
                    left.suffixQualifier = right.suffixQualifier
                    if left.qualifier == nil { left.qualifier = right.suffixQualifier }
                } else if left.kind == right.kind, left.kind != .date, left.suffixQualifier == nil,
                          left.qualifier == nil, let shared = right.suffixQualifier {
                    left.qualifier = shared
                    left.suffixQualifier = shared
                }
                resolved[index] = left
            }
            index -= 1
        }
        if resolved.contains(where: { $0.kind == .bare }) { resolved.removeAll { $0.kind == .bare } }
        return resolved
    }

    /// Whether only a connector (and spaces) separates the two tokens; with `range`, a range connector counts too.
    private static func isConnected(
        _ left: NumericToken, _ right: NumericToken, in text: NumericText, range: Bool
    ) -> Bool {
        guard left.end < right.start, right.start - left.end <= 4 else { return false }
        var sawConnector = false
        var index = left.end
        while index < right.start {
            let value = text[index]
            if connectors.contains(value) || range && rangeConnectors.contains(value), !sawConnector {
                sawConnector = true
            } else if !ScalarClass.isSpace(value) {
                return false
            }
            index += 1
        }
        return sawConnector
    }
}
