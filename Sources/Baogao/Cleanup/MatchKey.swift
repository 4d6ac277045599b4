import Foundation

/// The form in which text rules and titles are compared: NFKC, with all whitespace removed.
public enum MatchKey {
    /// The match key of a string.
    public static func of(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where !scalar.properties.isWhitespace {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
