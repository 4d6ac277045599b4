import Foundation

/// Precision/recall per type of an extractor against a gold JSONL file in the format of ../shared/entities/dev.jsonl.
///
/// A prediction is a true positive when a gold mention has the same type, start, surface and value, and every
/// other field the gold mention has (currency, unit, qualifier, indicator, measure, valueMax) is equal too.
public struct EntityEvaluation: Sendable {
    /// Scores per entity type.
    public var scores: [Entity.Kind: EntityEvaluationScore]
    /// Scores over all types.
    public var overall: EntityEvaluationScore
    /// One line per missed gold mention (`FN`) and per unmatched prediction (`FP`), for error analysis.
    public var errors: [String]

    /// Runs `extractor` over every passage of `goldFile` and scores it.
    public static func run(goldFile: URL, extractor: EntityExtractor) throws -> EntityEvaluation {
        let path = goldFile.path
        let contents: String
        do {
            contents = try String(contentsOf: goldFile, encoding: .utf8)
        } catch {
            throw EntityEvaluationError(file: path, line: nil, reason: "cannot read: \(error.localizedDescription)")
        }
        var scores: [Entity.Kind: EntityEvaluationScore] = [:]
        for kind in Entity.Kind.allCases { scores[kind] = EntityEvaluationScore() }
        var errors: [String] = []
        var lineNumber = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let passage = try EntityEvaluationPassage(line: String(line), file: path, lineNumber: lineNumber)
            let predicted = extractor.extract(from: passage.text, metadata: passage.metadata)
            var matched = [Bool](repeating: false, count: predicted.count)
            for mention in passage.mentions {
                scores[mention.type]!.gold += 1
                let hit = predicted.indices.first { !matched[$0] && mention.matches(predicted[$0]) }
                if let hit {
                    matched[hit] = true
                    scores[mention.type]!.truePositives += 1
                } else {
                    errors.append("\(passage.id) FN \(mention.summary)")
                }
            }
            for (index, entity) in predicted.enumerated() {
                scores[entity.type]!.predicted += 1
                if !matched[index] { errors.append("\(passage.id) FP \(Self.summary(of: entity))") }
            }
        }
        var overall = EntityEvaluationScore()
        for score in scores.values {
            overall.gold += score.gold
            overall.predicted += score.predicted
            overall.truePositives += score.truePositives
        }
        return EntityEvaluation(scores: scores, overall: overall, errors: errors)
    }

    /// A printable table: per type gold/predicted/tp, precision, recall, F1; plus overall.
    public var report: String {
        var lines = [Self.row("type", "gold", "pred", "tp", "precision", "recall", "F1")]
        for kind in Entity.Kind.allCases {
            lines.append(Self.row(kind.rawValue, scores[kind] ?? EntityEvaluationScore()))
        }
        lines.append(Self.row("overall", overall))
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ score: EntityEvaluationScore) -> String {
        row(
            name, String(score.gold), String(score.predicted), String(score.truePositives),
            String(format: "%.3f", score.precision), String(format: "%.3f", score.recall), String(format: "%.3f", score.f1))
    }

    private static func row(_ cells: String...) -> String {
        let widths = [18, 6, 6, 6, 10, 8, 7]
        return zip(cells, widths).enumerated().map { index, pair in
            let padding = String(repeating: " ", count: max(0, pair.1 - pair.0.count))
            return index == 0 ? pair.0 + padding : padding + pair.0
        }.joined()
    }

    /// A one-line description of a predicted entity.
    static func summary(of entity: Entity) -> String {
        var fields = ["\(entity.type.rawValue) \(entity.start) \(EntityEvaluationGold.quoted(entity.surface))"]
        switch entity.value {
        case .number(let value): fields.append("value=\(EntityEvaluationGold.format(value))")
        case .date(let value): fields.append("value=\(value)")
        }
        if let valueMax = entity.valueMax { fields.append("valueMax=\(EntityEvaluationGold.format(valueMax))") }
        if let currency = entity.currency { fields.append("currency=\(currency)") }
        if let unit = entity.unit { fields.append("unit=\(unit)") }
        if let qualifier = entity.qualifier { fields.append("qualifier=\(qualifier.rawValue)") }
        if let indicator = entity.indicator { fields.append("indicator=\(indicator)") }
        if let measure = entity.measure { fields.append("measure=\(measure.rawValue)") }
        return fields.joined(separator: " ")
    }
}
