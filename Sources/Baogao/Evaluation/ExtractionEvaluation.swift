import Foundation

/// Main-text extraction measured page by page against gold `.txt` files (`baogao eval`).
public struct ExtractionEvaluation: Sendable {
    /// One page's result.
    public struct PageResult: Sendable {
        public var page: String
        public var score: TokenScore
        /// Why the page produced no text, if it failed.
        public var failure: String?
    }

    public var pages: [PageResult]

    /// Macro precision (mean over pages).
    public var precision: Double { mean(\.score.precision) }
    /// Macro recall.
    public var recall: Double { mean(\.score.recall) }
    /// Macro F1.
    public var f1: Double { mean(\.score.f1) }
    /// Median F1.
    public var medianF1: Double {
        let sorted = pages.map(\.score.f1).sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Runs decode, cleanup, stitching and normalisation on every report that has a gold file
    /// (`<report id>.txt`: for single pages, the page's path with `.txt` for its extension).
    public static func run(input: String, gold: String, settings config: PipelineConfig) throws -> ExtractionEvaluation {
        let reader = PageReader(root: input, maxBytes: config.limits.maxPageBytes)
        let decoder = CharsetDecoder(fallbackEncoding: config.fallbackEncoding)
        let cleaner = PageCleaner(settings: config.cleanup)
        let normalizer = TextNormalizer()
        var results: [PageResult] = []
        for group in ReportGrouper.group(ArchiveScanner.scan(root: input).pages) {
            guard let goldData = FileManager.default.contents(atPath: gold + "/" + group.id + ".txt") else { continue }
            let goldText = String(decoding: goldData, as: UTF8.self)
            var pages: [CleanPage] = []
            var failure: String?
            for source in group.pages {
                do {
                    pages.append(try cleaner.run(try decoder.run(try reader.run(source))))
                } catch {
                    failure = "\(source.relativePath): \(error)"
                }
            }
            let text = pages.isEmpty ? "" : normalizer.run(ReportStitcher().run((group.id, pages))).text
            results.append(PageResult(page: group.id, score: TokenScore(predicted: text, gold: goldText), failure: failure))
        }
        return ExtractionEvaluation(pages: results)
    }

    /// A printable report: one line per page (unless `perPage` is false), then the macro figures.
    public func report(perPage: Bool) -> String {
        var lines: [String] = []
        if perPage {
            lines.append("report\tprecision\trecall\tf1")
            for page in pages {
                lines.append("\(page.page)\t\(format(page.score.precision))\t\(format(page.score.recall))\t\(format(page.score.f1))"
                    + (page.failure.map { "\tfailed: \($0)" } ?? ""))
            }
        }
        lines.append("reports: \(pages.count)  macro precision: \(format(precision))  recall: \(format(recall))  F1: \(format(f1))  median F1: \(format(medianF1))  with failed pages: \(pages.filter { $0.failure != nil }.count)")
        return lines.joined(separator: "\n") + "\n"
    }

    private func mean(_ key: KeyPath<PageResult, Double>) -> Double {
        pages.isEmpty ? 0 : pages.map { $0[keyPath: key] }.reduce(0, +) / Double(pages.count)
    }

    private func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
