import Foundation
import Logging
import Synchronization

/// One run of a pipeline over an archive with its state: scan, plan what changed, process it
/// concurrently, save results, write the outputs.
///
/// Incremental by design: a page whose size and time, or else whose content, match the state is
/// not processed again; a report is processed when any of its pages is new, changed or gone, when
/// it has a page that failed for a reason that may pass (`unreadable`, `timeout`), or when the
/// pipeline (its files, data or baogao's version) changed. Results are committed in batches, so
/// a killed run loses at most the batch being saved and the one being filled (``StateWriter``), and
/// the next run carries on from there.
public struct ArchiveRun: Sendable {
    /// What to run on and where to write.
    public struct Options: Sendable {
        /// The input directory (absolute).
        public var root: String
        public var files: OutputFiles
        public var jobs: Int
        public var shard: Shard?
        /// Process every report, whatever the state says.
        public var full: Bool
        /// Reports per state transaction.
        public var batchSize: Int
        /// The input folder's scan when it was started ahead of the run (`baogao run` scans while
        /// the pipeline loads); nil to scan when the run starts.
        public var scan: BackgroundValue<ArchiveScanner.Result>?

        /// Creates options.
        public init(root: String, files: OutputFiles, jobs: Int, shard: Shard? = nil, full: Bool = false, batchSize: Int = 32,
                    scan: BackgroundValue<ArchiveScanner.Result>? = nil) {
            self.root = root
            self.scan = scan
            self.files = files
            self.jobs = jobs
            self.shard = shard
            self.full = full
            self.batchSize = batchSize
        }
    }

    public var pipeline: ReportPipeline
    /// The pipeline's fingerprint (``PipelineConfig/fingerprint``): records made with another are stale.
    public var fingerprint: String
    /// Seconds a page may take (``PageLimits/pageTimeoutSeconds``).
    public var pageTimeout: Double

    /// Creates a run.
    public init(pipeline: ReportPipeline, fingerprint: String, pageTimeout: Double) {
        self.pipeline = pipeline
        self.fingerprint = fingerprint
        self.pageTimeout = pageTimeout
    }

    private struct Work: Sendable {
        /// The report's position in the run's ``ReportGroups``.
        var group: Int
        var unlessKey: String?
    }

    /// Runs once.
    ///
    /// - Parameters:
    ///   - stop: set by a signal handler; the run stops taking reports, saves what is done and
    ///     returns a summary with status `interrupted` without touching the outputs.
    ///   - progress: called after each processed report (from a worker thread).
    /// - Throws: ``RunLock/Held`` when another run holds the state; ``StateError``;
    ///   ``AtomicFileWriter/Failure`` when an output cannot be written.
    public func run(
        _ options: Options, stop: StopFlag = StopFlag(), logger: Logger = Logger(label: "baogao"),
        progress: (@Sendable (RunProgress) -> Void)? = nil
    ) throws -> RunSummary {
        let clock = ContinuousClock.now
        var summary = RunSummary()
        summary.started = Self.timestamp()
        summary.jobs = options.jobs
        summary.shard = options.shard?.description

        let lock = try RunLock(path: options.files.state + ".lock", started: summary.started)
        defer { lock.release() }
        if let previous = lock.takenOverFrom {
            logger.warning("took over a lock left by a run that did not finish", metadata: ["lock.previous": "\(previous)"])
        }
        for path in [options.files.records, options.files.errors, options.files.summary] + [options.files.entities, options.files.metrics].compactMap({ $0 }) {
            AtomicFileWriter.removeLeftovers(of: path)
        }
        AtomicFileWriter.removeLeftovers(inFolder: options.files.changes)
        let store = try StateStore(path: options.files.state)
        let since = try store.lastCompletedRun()
        summary.run = try store.beginRun(started: summary.started)

        let scan = options.scan?.value ?? ArchiveScanner.scan(root: options.root)
        let groups = ReportGrouper.group(scan.pages)
        let scanFailures = scan.failures.filter { options.shard?.contains(reportID: ReportGrouper.source(for: $0.source).reportID) ?? true }

        let plan = try self.plan(groups, shard: options.shard, store: store, full: options.full)
        summary.pagesSeen = plan.pagesSeen + scanFailures.count
        summary.pagesUnchanged = plan.unchangedPages
        summary.reportsUnchanged = plan.unchangedReports
        logger.info("planned", metadata: [
            "reports.to_process": "\(plan.work.count)", "reports.unchanged": "\(plan.unchangedReports)",
            "reports.deleted": "\(plan.deleted.count)",
        ])

        // A run that processes every report the state knows may find that its snapshot is exactly
        // the lines it appends: it is written as they are (see ``SnapshotDraft``).
        let draft = plan.unchangedReports == 0 && plan.deleted.isEmpty && options.files.entities == nil && !plan.work.isEmpty
            ? SnapshotDraft(path: options.files.records) : nil
        if let draft { store.attach(draft) }
        let sink = ResultSink(store: store, fingerprint: fingerprint, run: summary.run, batchSize: options.batchSize, total: plan.work.count, summary: summary)
        let work = plan.work
        let pagesTotal = work.reduce(0) { $0 + groups.pageCount(at: $1.group) }
        let processingStart = ContinuousClock.now
        let pipeline = self.pipeline
        let timeLimit = pageTimeout
        Runner(jobs: options.jobs).run(count: work.count, stop: stop, timeLimit: timeLimit, work: { index, attempt in
            pipeline.process(groups[work[index].group], unlessKey: work[index].unlessKey, attempt: attempt, timeLimit: timeLimit)
        }, deliver: { index, outcome in
            sink.accept(outcome, pages: groups.pageCount(at: work[index].group))
            if let progress {
                let done = sink.progress
                progress(RunProgress(
                    reportsDone: index + 1, reportsTotal: work.count, pagesDone: done, pagesTotal: pagesTotal,
                    elapsedSeconds: Self.seconds(since: processingStart)))
            }
        })
        summary = try sink.finish()
        let finishedDraft = store.detachDraft()
        if PageWatchdog.abandonedRunning > 0 {
            logger.warning("pages past limits.page_timeout_seconds are still being worked on in the background; they are recorded as timeout and end with the process", metadata: [
                "threads": "\(PageWatchdog.abandonedRunning)",
            ])
        }

        if let signal = stop.signal {
            finishedDraft?.abandon()
            summary.status = "interrupted"
            summary.finished = Self.timestamp()
            summary.elapsedSeconds = Self.seconds(since: clock)
            try store.finishRun(summary.run, finished: summary.finished, status: "interrupted", summary: String(decoding: summary.json(), as: UTF8.self))
            logger.notice("interrupted: saved what was done; the next run carries on", metadata: ["signal": "\(signal)"])
            return summary
        }

        try store.delete(reports: plan.deleted, run: summary.run)
        summary.reportsDeleted = plan.deleted.count
        let writeStart = ContinuousClock.now
        let label = summary.started.replacingOccurrences(of: ":", with: "") + "-run\(summary.run)"
        let written = try OutputWriter.write(
            from: store, to: options.files, scanFailures: scanFailures, since: since, runLabel: label, draft: finishedDraft)
        summary.timings.addWrite(since: writeStart)
        if !written.lost.isEmpty {
            logger.warning("record lines missing from the state's line store (a system crash?): left out of this run's outputs; the next run processes their reports again", metadata: [
                "reports": "\(written.lost.count)", "first": "\(written.lost.prefix(5).joined(separator: ", "))",
            ])
        }
        summary.pagesFailed += scanFailures.count
        for failure in scanFailures { summary.failuresByReason[failure.reason, default: 0] += 1 }
        summary.reportsTotal = written.reports
        summary.reportsChanged = written.changed
        summary.pagesFailedTotal = written.failures
        summary.changesFile = written.changesFile
        summary.finished = Self.timestamp()
        summary.elapsedSeconds = Self.seconds(since: clock)

        let summaryFile = try AtomicFileWriter(path: options.files.summary)
        try summaryFile.write(summary.json())
        try summaryFile.commit()
        if let metrics = options.files.metrics {
            let file = try AtomicFileWriter(path: metrics)
            try file.write(Array(summary.prometheus(finishedAt: Date().timeIntervalSince1970).utf8))
            try file.commit()
        }
        try store.finishRun(summary.run, finished: summary.finished, status: "complete", summary: String(decoding: summary.json(), as: UTF8.self))
        if try store.compactLinesIfWasteful() {
            logger.info("compacted the state's record lines", metadata: ["file": "\(store.linesPath)"])
        }
        return summary
    }

    private struct Plan {
        var work: [Work] = []
        var deleted: [String] = []
        var pagesSeen = 0
        var unchangedPages = 0
        var unchangedReports = 0
    }

    /// Splits the shard's reports into those to process and those the state already has.
    private func plan(_ groups: ReportGroups, shard: Shard?, store: StateStore, full: Bool) throws -> Plan {
        let knownPages = try store.pages()
        let knownReports = try store.reports()
        let reader = pipeline.reader
        var plan = Plan()
        plan.work.reserveCapacity(groups.count)
        var unseen = Set(knownReports.keys)
        for index in groups.indices {
            // Only the id is made here, and only when needed; the group when the state has it.
            if shard != nil || !knownReports.isEmpty {
                let id = groups.id(at: index)
                guard shard?.contains(reportID: id) ?? true else { continue }
                unseen.remove(id)
            }
            plan.pagesSeen += groups.pageCount(at: index)
            let group = full || knownReports.isEmpty ? nil : groups[index]
            guard let group, let stored = knownReports[group.id], stored.fingerprint == fingerprint else {
                plan.work.append(Work(group: index, unlessKey: nil))
                continue
            }
            var same = true
            var pages: [(path: String, hash: UInt64?)] = []
            for source in group.pages {
                guard let known = knownPages[source.relativePath], let stat = reader.fileStatus(source),
                      known.size == stat.size, known.modified == stat.modified,
                      !(known.failure.map { PageState.transientReasons.contains($0.reason) } ?? false) else {
                    same = false
                    break
                }
                pages.append((source.relativePath, known.hash))
            }
            if same && ReportKey.of(pages) == stored.key {
                plan.unchangedPages += group.pages.count
                plan.unchangedReports += 1
            } else {
                plan.work.append(Work(group: index, unlessKey: stored.key))
            }
        }
        plan.deleted = unseen.sorted()
        return plan
    }

    /// A time in ISO 8601 UTC (`2026-11-29T22:30:00Z`), now by default. Written from `gmtime_r`:
    /// the first `ISO8601DateFormatter` of a process took 1.6 ms of the run's serial start (perf).
    static func timestamp(secondsSince1970 seconds: Int = time(nil)) -> String {
        var clock = time_t(seconds)
        var parts = tm()
        gmtime_r(&clock, &parts)
        let date = ISODateText.date(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        let time = [parts.tm_hour, parts.tm_min, parts.tm_sec].map(ISODateText.twoDigits).joined(separator: ":")
        return date + "T" + time + "Z"
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
