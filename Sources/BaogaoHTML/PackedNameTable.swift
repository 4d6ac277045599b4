/// Tags by element names packed into a word (up to eight bytes), in an open-addressing table with
/// a multiplicative hash: one look-up per element of every page, where a `Dictionary` hashed each
/// name with SipHash.
struct PackedNameTable: Sendable {
    /// Slots of (packed name, tag); a packed name of 0 marks an empty slot (no name is empty).
    private var slots: [(name: UInt64, tag: HTMLTag)]
    private let shift: UInt64

    init(_ entries: [(UInt64, HTMLTag)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: (0, .other), count: 1 << bits)
        for (name, tag) in entries {
            var slot = index(name)
            while slots[slot].name != 0 && slots[slot].name != name { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (name, tag)
        }
    }

    @inline(__always)
    private func index(_ name: UInt64) -> Int {
        Int((name &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The tag of a packed name, `.other` when none has it.
    func tag(_ name: UInt64) -> HTMLTag {
        var slot = index(name)
        while slots[slot].name != 0 {
            if slots[slot].name == name { return slots[slot].tag }
            slot = (slot + 1) & (slots.count - 1)
        }
        return .other
    }
}
