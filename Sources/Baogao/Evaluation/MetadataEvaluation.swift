import Foundation

/// Accuracy of metadata extraction per field against a gold JSONL file in the format of ../shared/entities/dev.jsonl (the `doc` object).
///
/// Each record's `text` is extracted with an empty title (the passages carry their title lines),
/// and every field is compared exactly with the gold `doc`; `null` in the gold file must be
/// matched by an absent value.
public struct MetadataEvaluation: Sendable {
    /// How many records were scored.
    public var total: Int
    /// Correct records per field.
    public var correct: [MetadataEvaluationField: Int]
    /// One line per wrong field: record id, field, expected and extracted value.
    public var mismatches: [String]

    /// Scores `extractor` on every record of `goldFile`.
    ///
    /// - Throws: `MetadataEvaluationError` when the file cannot be read or a line is not a record
    ///   with `id`, `text` and `doc`.
    public static func run(goldFile: URL, extractor: MetadataExtractor) throws -> MetadataEvaluation {
        let content: String
        do {
            content = try String(contentsOf: goldFile, encoding: .utf8)
        } catch {
            throw MetadataEvaluationError(file: goldFile.path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        var evaluation = MetadataEvaluation(total: 0, correct: [:], mismatches: [])
        for field in MetadataEvaluationField.allCases { evaluation.correct[field] = 0 }
        var lineNumber = 0
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            func fail(_ reason: String) -> MetadataEvaluationError {
                MetadataEvaluationError(file: goldFile.path, line: lineNumber, reason: reason)
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw fail("not a JSON object")
            }
            guard let text = object["text"] as? String else { throw fail("no string field 'text'") }
            guard let doc = object["doc"] as? [String: Any] else { throw fail("no object field 'doc'") }
            let id = object["id"] as? String ?? "line \(lineNumber)"
            let got = extractor.extract(title: "", text: text)
            evaluation.score(id: id, gold: doc, got: got)
        }
        return evaluation
    }

    private mutating func score(id: String, gold: [String: Any], got: ReportMetadata) {
        total += 1
        let goldRegion = Self.region(gold["region"])
        let goldSpeaker = Self.speaker(gold["speaker"])
        let goldMeeting = Self.meeting(gold["meeting"])
        let goldDate = gold["report_date"] as? String
        let checks: [(MetadataEvaluationField, Bool, String, String)] = [
            (.region, goldRegion == got.region, Self.describe(goldRegion), Self.describe(got.region)),
            (.regionCode, goldRegion?.code == got.region?.code, goldRegion?.code ?? "null", got.region?.code ?? "null"),
            (.reportDate, goldDate == got.reportDate, goldDate ?? "null", got.reportDate ?? "null"),
            (.speaker, goldSpeaker == got.speaker, Self.describe(goldSpeaker), Self.describe(got.speaker)),
            (.meeting, goldMeeting == got.meeting, Self.describe(goldMeeting), Self.describe(got.meeting)),
        ]
        for (field, ok, expected, actual) in checks {
            if ok {
                correct[field, default: 0] += 1
            } else {
                mismatches.append("\(id) \(field.rawValue): expected \(expected), got \(actual)")
            }
        }
    }

    /// Printable: per field (region, region code, report_date, speaker, meeting) correct/total and the mismatches.
    public var report: String {
        var lines = ["metadata accuracy (\(total) records)"]
        for field in MetadataEvaluationField.allCases {
            let name = field.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            lines.append("  \(name) \(correct[field] ?? 0)/\(total)")
        }
        if mismatches.isEmpty {
            lines.append("no mismatches")
        } else {
            lines.append("mismatches:")
            lines += mismatches.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Gold values

    private static func string(_ value: Any?) -> String? {
        value as? String
    }

    private static func region(_ value: Any?) -> Region? {
        guard let object = value as? [String: Any] else { return nil }
        return Region(
            province: string(object["province"]), prefecture: string(object["prefecture"]),
            county: string(object["county"]), code: string(object["code"]))
    }

    private static func speaker(_ value: Any?) -> ReportMetadata.Speaker? {
        guard let object = value as? [String: Any], let name = object["name"] as? String else { return nil }
        return ReportMetadata.Speaker(name: name, role: string(object["role"]))
    }

    private static func meeting(_ value: Any?) -> ReportMetadata.Meeting? {
        guard let object = value as? [String: Any], let term = object["term"] as? Int,
            let session = object["session"] as? Int
        else { return nil }
        return ReportMetadata.Meeting(term: term, session: session)
    }

    private static func describe(_ region: Region?) -> String {
        guard let region else { return "null" }
        return [region.province, region.prefecture, region.county, region.code].map { $0 ?? "-" }.joined(separator: "/")
    }

    private static func describe(_ speaker: ReportMetadata.Speaker?) -> String {
        guard let speaker else { return "null" }
        return "\(speaker.name) (\(speaker.role ?? "no role"))"
    }

    private static func describe(_ meeting: ReportMetadata.Meeting?) -> String {
        guard let meeting else { return "null" }
        return "term \(meeting.term) session \(meeting.session)"
    }
}
