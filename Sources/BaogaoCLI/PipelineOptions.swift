import ArgumentParser
import Baogao
import Foundation

/// The `--pipeline` option shared by every command that runs the stages.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The pipeline file: stages, site profiles, data files, limits.", valueName: "file"))
    var pipeline: String = "Pipelines/default.yaml"

    /// The validated pipeline configuration.
    func load() throws -> PipelineConfig {
        try PipelineLoader.load(URL(fileURLWithPath: pipeline))
    }
}
