/// Why a block was kept or dropped, for `baogao explain`.
public struct BlockDecision: Sendable {
    /// What decided, kept as given and worded only when read: most blocks of a page lie outside
    /// the main element, and formatting their scores was a tenth of the decider's time.
    enum Cause: Sendable {
        /// A rule or reason, worded.
        case worded(String)
        /// Outside the chosen main element, whose score is given.
        case outside(score: Int)
    }

    /// The block.
    public var block: TextBlock
    /// Whether it went into the main text.
    public var kept: Bool
    /// What decided.
    var cause: Cause
    /// The ``MatchKey/hash(_:)`` of the block's ``MatchKey``, when the decision needed the key.
    public var keyHash: UInt64? = nil
    /// The block's text in NFKC, when the decision needed its key and kept the block.
    var nfkcUTF8: ArraySlice<UInt8>? = nil

    /// The rule or score that decided.
    public var reason: String {
        get {
            switch cause {
            case .worded(let reason): return reason
            case .outside(let score): return "\(BlockDecision.outsidePrefix) (score \(score))"
            }
        }
        set { cause = .worded(newValue) }
    }

    /// The start of the reason of a block outside the main element.
    static let outsidePrefix = "outside the main content element"

    init(block: TextBlock, kept: Bool, reason: String, keyHash: UInt64? = nil, nfkcUTF8: ArraySlice<UInt8>? = nil) {
        self.init(block: block, kept: kept, cause: .worded(reason), keyHash: keyHash, nfkcUTF8: nfkcUTF8)
    }

    init(block: TextBlock, kept: Bool, cause: Cause, keyHash: UInt64? = nil, nfkcUTF8: ArraySlice<UInt8>? = nil) {
        self.block = block
        self.kept = kept
        self.cause = cause
        self.keyHash = keyHash
        self.nfkcUTF8 = nfkcUTF8
    }
}
