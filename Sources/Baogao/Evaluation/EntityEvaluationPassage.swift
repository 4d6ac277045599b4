import Foundation

/// One passage of a gold file: its text, the metadata the extractor may use, and its gold mentions.
struct EntityEvaluationPassage {
    var id: String
    var text: String
    var metadata: ReportMetadata?
    var mentions: [EntityEvaluationGold]

    /// Parses one JSONL line; errors name the file and line.
    init(line: String, file: String, lineNumber: Int) throws {
        func failure(_ reason: String) -> EntityEvaluationError {
            EntityEvaluationError(file: file, line: lineNumber, reason: reason)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        } catch {
            throw failure("not valid JSON: \(error.localizedDescription)")
        }
        guard let record = object as? [String: Any] else { throw failure("expected a JSON object") }
        guard let text = record["text"] as? String else { throw failure("missing string field 'text'") }
        guard let mentions = record["mentions"] as? [[String: Any]] else {
            throw failure("missing array field 'mentions'")
        }
        id = record["id"] as? String ?? "line \(lineNumber)"
        self.text = text
        if let doc = record["doc"] as? [String: Any], let date = doc["report_date"] as? String {
            metadata = ReportMetadata(reportDate: date, reportYear: Int(date.prefix(4)))
        }
        self.mentions = try mentions.enumerated().map { index, mention in
            do {
                return try EntityEvaluationGold(mention)
            } catch let reason as EntityEvaluationGold.Problem {
                throw failure("mention \(index + 1): \(reason.message)")
            }
        }
    }
}
