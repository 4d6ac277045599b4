/// Gold, predicted and true-positive counts for one entity type (or all), with precision, recall and F1.
public struct EntityEvaluationScore: Sendable, Equatable {
    /// Gold mentions.
    public var gold = 0
    /// Predicted mentions.
    public var predicted = 0
    /// Predicted mentions that match a gold mention exactly.
    public var truePositives = 0

    /// Creates a score.
    public init(gold: Int = 0, predicted: Int = 0, truePositives: Int = 0) {
        self.gold = gold
        self.predicted = predicted
        self.truePositives = truePositives
    }

    /// tp / predicted (1 when nothing was predicted).
    public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    /// tp / gold (1 when there is no gold).
    public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
