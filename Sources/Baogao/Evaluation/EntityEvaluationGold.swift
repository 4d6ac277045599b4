import Foundation

/// One gold mention; fields absent from the gold are not compared.
struct EntityEvaluationGold {
    /// Why a gold mention could not be read.
    struct Problem: Error {
        var message: String
    }

    var type: Entity.Kind
    var start: Int
    var surface: String
    var value: Entity.Value
    /// The optional fields as the gold gives them; an inner nil is an explicit JSON null.
    var valueMax: Double??
    var currency: String??
    var unit: String??
    var qualifier: String??
    var indicator: String??
    var measure: String??

    /// Reads a mention object.
    init(_ object: [String: Any]) throws {
        guard let typeName = object["type"] as? String, let type = Entity.Kind(rawValue: typeName) else {
            throw Problem(message: "missing or unknown 'type'")
        }
        guard let start = object["start"] as? Int else { throw Problem(message: "missing integer 'start'") }
        guard let surface = object["surface"] as? String else { throw Problem(message: "missing string 'surface'") }
        if let date = object["value"] as? String {
            value = .date(date)
        } else if let number = object["value"] as? NSNumber {
            value = .number(number.doubleValue)
        } else {
            throw Problem(message: "missing 'value'")
        }
        self.type = type
        self.start = start
        self.surface = surface
        valueMax = Self.field(object, "valueMax").map { ($0 as? NSNumber)?.doubleValue }
        currency = Self.field(object, "currency").map { $0 as? String }
        unit = Self.field(object, "unit").map { $0 as? String }
        qualifier = Self.field(object, "qualifier").map { $0 as? String }
        indicator = Self.field(object, "indicator").map { $0 as? String }
        measure = Self.field(object, "measure").map { $0 as? String }
    }

    /// nil when the key is absent; `.some(nil)`-like NSNull mapped by the caller.
    private static func field(_ object: [String: Any], _ key: String) -> Any?? {
        guard let raw = object[key] else { return nil }
        return .some(raw is NSNull ? nil : raw)
    }

    /// Whether `entity` matches this mention exactly.
    func matches(_ entity: Entity) -> Bool {
        guard entity.type == type, entity.start == start, entity.surface == surface else { return false }
        switch (value, entity.value) {
        case (.date(let gold), .date(let predicted)):
            if gold != predicted { return false }
        case (.number(let gold), .number(let predicted)):
            if !Self.same(gold, predicted) { return false }
        default:
            return false
        }
        if let valueMax {
            switch (valueMax, entity.valueMax) {
            case (nil, nil): break
            case (let gold?, let predicted?) where Self.same(gold, predicted): break
            default: return false
            }
        }
        if let currency, currency != entity.currency { return false }
        if let unit, unit != entity.unit { return false }
        if let qualifier, qualifier != entity.qualifier?.rawValue { return false }
        if let indicator, indicator != entity.indicator { return false }
        if let measure, measure != entity.measure?.rawValue { return false }
        return true
    }

    /// A one-line description.
    var summary: String {
        var fields = ["\(type.rawValue) \(start) \(Self.quoted(surface))"]
        switch value {
        case .number(let number): fields.append("value=\(Self.format(number))")
        case .date(let date): fields.append("value=\(date)")
        }
        if let valueMax { fields.append("valueMax=\(valueMax.map(Self.format) ?? "null")") }
        for (name, field) in [
            ("currency", currency), ("unit", unit), ("qualifier", qualifier), ("indicator", indicator),
            ("measure", measure),
        ] {
            if let field { fields.append("\(name)=\(field ?? "null")") }
        }
        return fields.joined(separator: " ")
    }

    /// Equal up to floating-point noise.
    static func same(_ lhs: Double, _ rhs: Double) -> Bool {
        abs(lhs - rhs) <= 1e-9 * max(1, abs(lhs))
    }

    /// A number without a trailing `.0`.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e18 ? String(Int64(value)) : String(value)
    }

    /// The string quoted, with line breaks shown as `\n`.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\n", with: "\\n") + "'"
    }
}
