/// Bag-of-tokens precision, recall and F1 of a prediction against gold (the shared scorer's metric).
public struct TokenScore: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    /// Scores a predicted text against a gold text. Empty gold: recall 1, and all 1 when the
    /// prediction is empty too; empty prediction with non-empty gold: all 0.
    public init(predicted: String, gold: String) {
        let goldCounts = TextTokens.counts(of: gold)
        let predictedCounts = TextTokens.counts(of: predicted)
        let goldTotal = goldCounts.values.reduce(0, +)
        let predictedTotal = predictedCounts.values.reduce(0, +)
        var overlap = 0
        for (token, count) in predictedCounts { overlap += min(count, goldCounts[token] ?? 0) }
        if goldTotal == 0 {
            recall = 1
            precision = predictedTotal == 0 ? 1 : 0
        } else if predictedTotal == 0 {
            precision = 0
            recall = 0
        } else {
            precision = Double(overlap) / Double(predictedTotal)
            recall = Double(overlap) / Double(goldTotal)
        }
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
