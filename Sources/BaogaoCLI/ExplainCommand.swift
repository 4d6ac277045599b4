import ArgumentParser
import Baogao
import Foundation

/// `baogao explain`: why each block of a page was kept or dropped.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Write an HTML view of a page with kept blocks in green and dropped ones in red, each with the rule or score that decided.")

    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp("The saved page to explain.", valueName: "page"))
    var page: String

    @Option(name: .long, help: ArgumentHelp("Where to write the HTML (default: <page>.explain.html in the current folder).", valueName: "file"))
    var output: String?

    func run() throws {
        let config = try pipelineOptions.load()
        let url = URL(fileURLWithPath: page)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ValidationError("cannot read page '\(page)'")
        }
        let source = PageSource(relativePath: url.lastPathComponent, reportID: url.deletingPathExtension().lastPathComponent, pageNumber: 1)
        let decoded = try CharsetDecoder(fallbackEncoding: config.fallbackEncoding).run(RawPage(source: source, bytes: Array(data)))
        let analysis = try PageCleaner(settings: config.cleanup).analyse(decoded)
        let html = ExplanationPage.html(for: analysis, page: page, encoding: decoded.encoding)
        let destination = output ?? url.deletingPathExtension().lastPathComponent + ".explain.html"
        try Data(html.utf8).write(to: URL(fileURLWithPath: destination), options: .atomic)
        RunCommand.say("wrote \(destination): \(analysis.decisions.filter(\.kept).count) of \(analysis.decisions.count) blocks kept")
    }
}
