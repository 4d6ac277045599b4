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
    }
}
