/// How a string names a gazetteer unit.
public enum GazetteerNameKind: Sendable, Hashable {
    /// The full official name (`铜山区`).
    case full
    /// A short name that is not a common word (`铜山`).
    case short
    /// A short name that is also a common word (`振兴`).
    case weakShort
}
