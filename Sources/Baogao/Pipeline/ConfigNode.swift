import Yams

/// A value of a YAML configuration file with its key path, for typed reads with precise errors.
///
/// It reads Yams' node tree as composed, without tag resolution: each read takes a scalar as the
/// type its key asks for. `Yams.load` resolved every scalar against its regular expressions and
/// built `Any` values to cast back, 20 M instructions of a run's serial start-up (callgrind).
/// Plain scalars are read as YAML 1.1 reads them (`~`, `yes`, `off`, …); quoted ones are text.
struct ConfigNode {
    let file: String
    let path: String
    let node: Node?

    /// The root of a parsed YAML document.
    static func parse(_ text: String, file: String) throws -> ConfigNode {
        do {
            return ConfigNode(file: file, path: "", node: try Yams.compose(yaml: text, .basic))
        } catch let error as YamlError {
            throw ConfigError(file: file, key: "", problem: "not valid YAML: \(error)")
        }
    }

    func error(_ problem: String) -> ConfigError { ConfigError(file: file, key: path, problem: problem) }

    private func child(_ key: String, _ node: Node) -> ConfigNode {
        ConfigNode(file: file, path: path.isEmpty ? key : "\(path).\(key)", node: node)
    }

    /// The mapping's entries, after checking that only `allowed` keys occur.
    func mapping(allowed: [String]) throws -> [String: ConfigNode] {
        if isNull { return [:] }
        guard case .mapping(let mapping)? = node else {
            throw error("expected a mapping of keys (\(allowed.joined(separator: ", "))), got \(described)")
        }
        var entries: [String: ConfigNode] = [:]
        for (key, value) in mapping {
            guard case .scalar(let name) = key else { throw error("expected a key, got \(ConfigNode(file: file, path: path, node: key).described)") }
            guard allowed.contains(name.string) else {
                throw child(name.string, value).error("unknown key; allowed here: \(allowed.joined(separator: ", "))")
            }
            entries[name.string] = child(name.string, value)
        }
        return entries
    }

    /// The sequence's elements (a missing value is an empty sequence).
    func sequence() throws -> [ConfigNode] {
        if isNull { return [] }
        guard case .sequence(let sequence)? = node else { throw error("expected a list, got \(described)") }
        return sequence.enumerated().map { ConfigNode(file: file, path: "\(path)[\($0.offset)]", node: $0.element) }
    }

    func string() throws -> String {
        guard let scalar, !isNull else { throw error("expected a string, got \(described)") }
        return scalar.string
    }

    func strings() throws -> [String] { try sequence().map { try $0.string() } }

    func int(in range: ClosedRange<Int>) throws -> Int {
        guard let number = plain.flatMap({ Int($0) }) else { throw error("expected a whole number, got \(described)") }
        guard range.contains(number) else { throw error("expected a number from \(range.lowerBound) to \(range.upperBound), got \(number)") }
        return number
    }

    func double(in range: ClosedRange<Double>) throws -> Double {
        guard let number = plain.flatMap({ Double($0) }), number.isFinite else { throw error("expected a number, got \(described)") }
        guard range.contains(number) else { throw error("expected a number from \(range.lowerBound) to \(range.upperBound), got \(number)") }
        return number
    }

    func bool() throws -> Bool {
        guard let flag = plain.flatMap({ Self.booleans[$0] }) else { throw error("expected true or false, got \(described)") }
        return flag
    }

    /// YAML 1.1's words for true and false.
    private static let booleans: [String: Bool] = [
        "true": true, "True": true, "TRUE": true, "yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true,
        "false": false, "False": false, "FALSE": false, "no": false, "No": false, "NO": false, "off": false, "Off": false, "OFF": false,
    ]

    private var scalar: Node.Scalar? {
        if case .scalar(let scalar)? = node { return scalar }
        return nil
    }

    /// The text of a plain (unquoted) scalar: only these are numbers, booleans or null.
    private var plain: String? {
        guard let scalar, scalar.style == .plain else { return nil }
        return scalar.string
    }

    /// Whether the value is missing: no node, or a plain `~`, `null` or nothing.
    private var isNull: Bool {
        guard let node else { return true }
        guard case .scalar = node, let plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(plain)
    }

    /// The value as an error message names it.
    private var described: String {
        switch node {
        case nil: return "nothing"
        case .scalar(let scalar)?:
            if isNull { return "nothing" }
            if let plain, Double(plain) != nil || Self.booleans[plain] != nil { return "'\(plain)'" }
            return "the string '\(scalar.string)'"
        case .sequence?: return "a list"
        case .mapping?: return "a mapping"
        case .alias?: return "an alias"
        }
    }
}
