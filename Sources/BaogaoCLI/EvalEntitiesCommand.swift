import ArgumentParser
import Baogao
import Foundation

/// `baogao eval-entities`: entity and metadata extraction against a gold JSON Lines file.
struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-entities",
        abstract: "Score entity and metadata extraction against gold passages (precision and recall per type).",
        discussion: """
            The gold file has one JSON object per line: {"id", "text", "doc": {region, report_date, \
            speaker, meeting}, "mentions": [{type, surface, start, value, …}]}, as in \
            ../shared/entities/dev.jsonl. An entity counts as found when its type, start, surface and \
            value match, and every other field the gold gives (currency, unit, qualifier, indicator, \
            measure) too.
            """)

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(name: .long, help: ArgumentHelp("The gold JSON Lines file.", valueName: "file"))
    var gold: String

    @Flag(name: .long, help: "Also list every missed and spurious entity.")
    var errors = false

    @Flag(name: .long, help: "Also time entity extraction alone on the gold texts (one core; the median of five windows of 0.4 s after a warm-up round).")
    var speed = false

    func run() throws {
        let config = try pipelineOptions.load()
        guard FileManager.default.fileExists(atPath: gold) else { throw ValidationError("gold file '\(gold)' does not exist") }
        let goldURL = URL(fileURLWithPath: gold)
        let entities = try EntityEvaluation.run(
            goldFile: goldURL, extractor: EntityExtractor(lexicon: try IndicatorLexicon(contentsOf: config.indicators)))
        print(entities.report)
        if errors {
            for line in entities.errors { print(line) }
        }
        let metadata = try MetadataEvaluation.run(
            goldFile: goldURL, extractor: MetadataExtractor(gazetteer: try Gazetteer(contentsOf: config.gazetteer)))
        print(metadata.report)
        if speed {
            print(try Self.timeExtraction(goldFile: goldURL, extractor: EntityExtractor(lexicon: try IndicatorLexicon(contentsOf: config.indicators))))
        }
    }

    /// Entity extraction's speed in MB of UTF-8 text per second on one core.
    static func timeExtraction(goldFile: URL, extractor: EntityExtractor) throws -> String {
        let texts = try String(contentsOf: goldFile, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["text"] as? String
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        guard bytes > 0 else { return "entity extraction speed: no texts" }
        // One untimed round first (lazy tables, caches); then timed windows of at least 0.4 s each,
        // of which the median is reported: the machine is shared and one window can be unlucky.
        var found = 0
        for text in texts { found += extractor.extract(from: text, metadata: nil).count }
        var speeds: [Double] = []
        var totalMegabytes = 0.0
        var totalSeconds = 0.0
        for _ in 0..<windows {
            var rounds = 0
            let start = ContinuousClock.now
            repeat {
                for text in texts { found += extractor.extract(from: text, metadata: nil).count }
                rounds += 1
            } while ContinuousClock.now - start < .milliseconds(400)
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let megabytes = Double(bytes * rounds) / 1e6
            speeds.append(megabytes / seconds)
            totalMegabytes += megabytes
            totalSeconds += seconds
        }
        speeds.sort()
        let megabytes = totalMegabytes
        let seconds = totalSeconds
        return String(format: "entity extraction speed: %.1f MB of text in %.2f s, %.1f MB/s on one core (median of %d windows, %.1f–%.1f; %d entities)",
                      megabytes, seconds, speeds[windows / 2], windows, speeds[0], speeds[windows - 1], found)
    }

    /// Timed windows of ``timeExtraction(goldFile:extractor:)``.
    static let windows = 5

}
