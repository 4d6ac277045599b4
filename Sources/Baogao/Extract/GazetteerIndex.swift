/// A gazetteer's look-up structures: its names and codes indexed, and the names as a trie.
///
/// Half of loading the table at start-up is building these (the other half, reading and checking
/// the rows, must come first: a bad row is an error before the run starts), so ``Gazetteer``
/// builds them on a thread of its own while the run goes on, and its first look-up waits.
struct GazetteerIndex: Sendable {
    let names: [String: [GazetteerNameEntry]]
    let codes: [String: [Int]]
    let characterLengths: GazetteerCharacterLengths
    /// The names as a trie over scalars, nil when some name is not made of standalone scalars.
    let nameTrie: GazetteerNameTrie?

    init(units: [GazetteerUnit]) {
        var names: [String: [GazetteerNameEntry]] = [:]
        names.reserveCapacity(units.count * 2)
        var codes: [String: [Int]] = [:]
        codes.reserveCapacity(units.count)
        for (index, unit) in units.enumerated() {
            codes[unit.code, default: []].append(index)
            func add(_ form: String, _ kind: GazetteerNameKind) {
                if !form.isEmpty { names[form, default: []].append(GazetteerNameEntry(unitIndex: index, kind: kind)) }
            }
            add(unit.name, .full)
            for form in unit.shortNames { add(form, .short) }
            for form in unit.weakShortNames { add(form, .weakShort) }
        }
        self.names = names
        self.codes = codes
        characterLengths = GazetteerCharacterLengths(names: names)
        nameTrie = GazetteerNameTrie(names)
    }
}
