/// Why a block was kept or dropped, for `baogao explain`.
public struct BlockDecision: Sendable {
    /// The block.
    public var block: TextBlock
    /// Whether it went into the main text.
    public var kept: Bool
    /// The rule or score that decided.
    public var reason: String
    /// The ``MatchKey/hash(_:)`` of the block's ``MatchKey``, when the decision needed the key.
    public var keyHash: UInt64? = nil
}
