/// What one pass over a line's match key found (``BoilerplateRules/scan(_:)``): the first rule
/// string, and which groups of words occur — the decider's cue words and the strings rule
/// patterns require. Before, each of them read the key again (four or five passes per line).
struct KeyScan: Sendable {
    /// The index among the rules' end markers then `contains` strings of the first that occurs.
    var literal: Int?
    /// Bits of the groups with a word in the key (see ``BoilerplateRules``).
    var groups: UInt64

    /// Whether a publication cue occurs (``PublicationLine``).
    var hasPublicationCue: Bool { groups & 1 << BoilerplateRules.publicationCueBit != 0 }
    /// Whether a site's self-reference occurs (``DisclaimerLine``).
    var hasSelfReference: Bool { groups & 1 << BoilerplateRules.selfReferenceBit != 0 }
    /// Whether a word of rights and liability occurs (``DisclaimerLine``).
    var hasRightsWord: Bool { groups & 1 << BoilerplateRules.rightsWordBit != 0 }
}
