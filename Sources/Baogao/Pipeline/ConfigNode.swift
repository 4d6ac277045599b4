import Foundation
import Yams

/// A value of a YAML configuration file with its key path, for typed reads with precise errors.
struct ConfigNode {
    let file: String
    let path: String
    let value: Any?

    /// The root of a parsed YAML document.
    static func parse(_ text: String, file: String) throws -> ConfigNode {
        do {
            let value = try Yams.load(yaml: text)
            return ConfigNode(file: file, path: "", value: value)
        } catch let error as YamlError {
            throw ConfigError(file: file, key: "", problem: "not valid YAML: \(error)")
        }
    }

    func error(_ problem: String) -> ConfigError { ConfigError(file: file, key: path, problem: problem) }

    private func child(_ key: String, _ value: Any?) -> ConfigNode {
        ConfigNode(file: file, path: path.isEmpty ? key : "\(path).\(key)", value: value)
    }

    /// The mapping's entries, after checking that only `allowed` keys occur.
    func mapping(allowed: [String]) throws -> [String: ConfigNode] {
        if value == nil || value is NSNull { return [:] }
        guard let dictionary = value as? [String: Any] else {
            if let dictionary = value as? [AnyHashable: Any], dictionary.isEmpty { return [:] }
            throw error("expected a mapping of keys (\(allowed.joined(separator: ", "))), got \(describe(value))")
        }
        var entries: [String: ConfigNode] = [:]
        for (key, entry) in dictionary {
            guard allowed.contains(key) else {
                throw child(key, entry).error("unknown key; allowed here: \(allowed.joined(separator: ", "))")
            }
            entries[key] = child(key, entry)
        }
        return entries
    }

    /// The sequence's elements (a missing value is an empty sequence).
    func sequence() throws -> [ConfigNode] {
        guard let value, !(value is NSNull) else { return [] }
        guard let array = value as? [Any] else { throw error("expected a list, got \(describe(value))") }
        return array.enumerated().map { ConfigNode(file: file, path: "\(path)[\($0.offset)]", value: $0.element) }
    }

    func string() throws -> String {
        if let string = value as? String { return string }
        if let number = value as? Int { return String(number) }
        throw error("expected a string, got \(describe(value))")
    }

    func strings() throws -> [String] { try sequence().map { try $0.string() } }

    func int(in range: ClosedRange<Int>) throws -> Int {
        guard let number = value as? Int else { throw error("expected a whole number, got \(describe(value))") }
        guard range.contains(number) else { throw error("expected a number from \(range.lowerBound) to \(range.upperBound), got \(number)") }
        return number
    }

    func double(in range: ClosedRange<Double>) throws -> Double {
        let number: Double
        if let double = value as? Double { number = double } else if let int = value as? Int { number = Double(int) } else {
            throw error("expected a number, got \(describe(value))")
        }
        guard range.contains(number) else { throw error("expected a number from \(range.lowerBound) to \(range.upperBound), got \(number)") }
        return number
    }

    func bool() throws -> Bool {
        guard let flag = value as? Bool else { throw error("expected true or false, got \(describe(value))") }
        return flag
    }

    private func describe(_ value: Any?) -> String {
        switch value {
        case nil: return "nothing"
        case let string as String: return "the string '\(string)'"
        case is [Any]: return "a list"
        case is [String: Any], is [AnyHashable: Any]: return "a mapping"
        case let other?: return "'\(other)'"
        }
    }
}
