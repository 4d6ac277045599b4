import Foundation

/// The longest name length in Characters, overall and by first Character, worked out on first
/// use: only ``Gazetteer/matches(in:range:)`` over Characters needs them (text that is not all
/// standalone scalars, which is rare), and counting and hashing the Characters of every name was a
/// sixth of loading the table at each start.
final class GazetteerCharacterLengths: @unchecked Sendable {
    private let names: [String: [GazetteerNameEntry]]
    /// Guards `computed` (an `NSLock`: ThreadSanitizer understands it).
    private let lock = NSLock()
    private var computed: (longest: Int, byFirst: [Character: Int])?

    init(names: [String: [GazetteerNameEntry]]) {
        self.names = names
    }

    /// The lengths, worked out by the first caller.
    var value: (longest: Int, byFirst: [Character: Int]) {
        lock.lock()
        defer { lock.unlock() }
        if let computed { return computed }
        var longest = 0
        var byFirst: [Character: Int] = [:]
        for name in names.keys {
            let length = name.count
            longest = max(longest, length)
            if let first = name.first { byFirst[first] = max(byFirst[first] ?? 0, length) }
        }
        computed = (longest, byFirst)
        return (longest, byFirst)
    }
}
