import ArgumentParser
import Baogao
import Dispatch
import Foundation
import Logging

/// `baogao run`: the main job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process the saved pages under a folder and write one JSON object per report.",
        discussion: """
            Walks the input folder recursively for *.html, *.htm and *.shtml; pages named <id>.html, \
            <id>_2.html, … in one folder are one report. Incremental: a state database beside the \
            output remembers every page, so a rerun processes only new, changed and deleted pages and \
            the reports they belong to. Every run writes, atomically: the snapshot (--output, every \
            current report sorted by id), <stem>.errors.jsonl (every failed page with its reason), \
            <stem>.changes/<time>-run<N>.jsonl (reports changed since the last completed run, and \
            tombstones for deleted ones) and <stem>.summary.json (the run's figures).

            Exit status: 0 every page processed; 1 the run finished but some pages failed; 2 usage or \
            configuration error; 75 another run holds the state; 130/143 stopped by SIGINT/SIGTERM \
            (what was done is kept; the next run carries on).
            """)

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(name: .long, help: ArgumentHelp("The folder of saved pages.", valueName: "dir"))
    var input: String = "Data/sample-archive"

    @Option(name: .long, help: ArgumentHelp("The JSON Lines snapshot to write; its folder is created if needed.", valueName: "file"))
    var output: String = "out/reports.jsonl"

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("entities-out"), help: ArgumentHelp("Also write one JSON line per entity, with its report id, for SQL engines.", valueName: "file"))
    var entitiesOut: String?

    @Option(name: .long, help: ArgumentHelp("The state database (default: <output stem>.state.sqlite).", valueName: "path"))
    var state: String?

    @Option(name: .long, help: ArgumentHelp("Process only shard K of N (K from 0 to N-1), partitioned by report id; for Kubernetes Indexed Jobs and Slurm arrays.", valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "Process every report again, whatever the state says.")
    var full = false

    @Option(name: .long, help: ArgumentHelp("Also write the run's figures as a Prometheus textfile (node_exporter textfile collector).", valueName: "file"))
    var metrics: String?

    @Flag(name: .long, help: "Print nothing on stderr but errors (for cron).")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 && jobs <= 512 else { throw ValidationError("--jobs must be between 1 and 512, got \(jobs)") }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 0 <= K < N, got '\(shard)'")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw ValidationError("input directory '\(input)' does not exist")
        }
        guard isDirectory.boolValue else { throw ValidationError("input '\(input)' is not a directory") }
    }

    func run() throws {
        var logger = Logger(label: "baogao")
        logger.logLevel = quiet ? .error : .info
        let root = URL(fileURLWithPath: input).standardizedFileURL.path
        let scan = BackgroundValue { ArchiveScanner.scan(root: root) }
        let config = try pipelineOptions.load()
        let pipeline = try ReportPipeline(config: config, inputRoot: root)
        let files = OutputFiles(records: output, entities: entitiesOut, metrics: metrics, state: state)
        for path in [files.records, files.state] + [files.entities, files.metrics].compactMap({ $0 }) {
            try createFolder(of: path)
        }

        let stop = StopFlag()
        let signals = SignalWatcher(stop: stop)
        defer { signals.cancel() }
        let progress = quiet ? nil : ProgressPrinter(logger: logger)
        let archiveRun = ArchiveRun(pipeline: pipeline, fingerprint: config.fingerprint, pageTimeout: config.limits.pageTimeoutSeconds)
        let options = ArchiveRun.Options(root: root, files: files, jobs: jobs, shard: shard.flatMap { Shard($0) }, full: full, scan: scan)
        var report: (@Sendable (RunProgress) -> Void)?
        if let progress { report = { progress.update($0) } }
        let summary: RunSummary
        do {
            summary = try archiveRun.run(options, stop: stop, logger: logger, progress: report)
        } catch let held as RunLock.Held {
            Self.say(held.description)
            throw ExitCode(75)
        } catch let failure as AtomicFileWriter.Failure {
            Self.say("cannot write the output: \(failure.description)")
            throw ExitCode(2)
        } catch let failure as StateError {
            // SQLite reports a full disk as "database or disk is full" but EFBIG (ulimit -f) and
            // EIO alike as "disk I/O error": name the likely causes.
            let hint = failure.problem.contains("I/O error") ? " (a full disk, a file size limit such as ulimit -f, or a failing device)" : ""
            Self.say("cannot use the state database: \(failure.description)\(hint)")
            throw ExitCode(2)
        } catch let error as CocoaError {
            Self.say("cannot write the output: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        progress?.finish()

        if let signal = stop.signal, summary.status == "interrupted" {
            Self.say("stopped by signal \(signal): \(summary.reportsWritten) reports saved to the state; run again to carry on")
            throw ExitCode(128 + signal)
        }
        if !quiet {
            Self.say("\(summary.pagesSeen) pages: \(summary.pagesProcessed) processed, \(summary.pagesUnchanged) unchanged, \(summary.pagesFailed) failed; \(summary.reportsTotal) reports in \(output) (\(summary.reportsChanged) changed, \(summary.reportsDeleted) deleted); \(String(format: "%.2f", summary.elapsedSeconds)) s, \(String(format: "%.1f", summary.throughput)) MB/s")
        }
        if summary.pagesFailedTotal > 0 {
            Self.say("\(summary.pagesFailedTotal) pages failed; reasons in \(files.errors)")
        }
        // The process ends here, with the pipeline's tables and the scan still alive: exit(3)
        // hands their memory back whole, where returning would free them object by object (about
        // 5 ms of a bulk run's serial tail, perf). Every output is committed by now.
        Foundation.exit(summary.pagesFailedTotal > 0 ? 1 : 0)
    }

    private func createFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("cannot create output folder '\(folder.path)': \(error.localizedDescription)")
        }
    }

    /// One line on stderr, prefixed `baogao: `.
    static func say(_ line: String) {
        FileHandle.standardError.write(Data("baogao: \(line)\n".utf8))
    }
}
