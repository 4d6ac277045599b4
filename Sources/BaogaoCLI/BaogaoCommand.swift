import ArgumentParser
import Baogao

/// `baogao`: turns a folder of saved Chinese government report pages into JSON Lines.
struct BaogaoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baogao",
        abstract: "Turn a folder of saved government report pages (政府工作报告) into clean JSON Lines.",
        discussion: """
            Exit status: 0 every page processed; 1 the run finished but some pages failed (listed \
            with their reasons in <output stem>.errors.jsonl); 2 usage or configuration error; 75 \
            another run holds the state; 130/143 stopped by SIGINT/SIGTERM.
            """,
        version: BaogaoVersion.current,
        subcommands: [RunCommand.self, EvalCommand.self, EvalEntitiesCommand.self, ExplainCommand.self],
        defaultSubcommand: nil
    )
}
