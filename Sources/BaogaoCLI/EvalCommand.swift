import ArgumentParser
import Baogao
import Foundation

/// `baogao eval`: main-text extraction against gold text files.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score main-text extraction against gold .txt files (token precision, recall, F1).",
        discussion: """
            Each page under --input is cleaned and normalised on its own and compared with the gold \
            file of the same relative path and name (.txt instead of .html). Tokens as in the shared \
            scorer: every CJK character is a token, every run of other letters or digits is one; \
            punctuation and space are ignored. Prints per-page and macro figures.
            """)

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(name: .long, help: ArgumentHelp("The folder of pages.", valueName: "dir"))
    var input: String

    @Option(name: .long, help: ArgumentHelp("The folder of gold .txt files named like the pages.", valueName: "dir"))
    var gold: String

    @Flag(name: .long, help: "Print only the macro figures.")
    var summaryOnly = false

    func run() throws {
        let config = try pipelineOptions.load()
        let evaluation = try ExtractionEvaluation.run(
            input: URL(fileURLWithPath: input).standardizedFileURL.path,
            gold: URL(fileURLWithPath: gold).standardizedFileURL.path, settings: config)
        print(evaluation.report(perPage: !summaryOnly), terminator: "")
    }
}
