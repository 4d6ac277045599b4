/// The figures of one run: written as JSON beside the output, as a Prometheus textfile with
/// `--metrics`, and summed up on stderr.
public struct RunSummary: Sendable {
    /// The run's number in the state database.
    public var run: Int64 = 0
    /// `complete`, or `interrupted` when a signal stopped it.
    public var status = "complete"
    public var started = ""
    public var finished = ""
    /// The shard, `K/N`, or nil for the whole archive.
    public var shard: String?
    /// Pages found in the input (in this shard), including those the scan could not use.
    public var pagesSeen = 0
    /// Pages that went into a record in this run.
    public var pagesProcessed = 0
    /// Pages whose content the state already had, so they were not processed again.
    public var pagesUnchanged = 0
    /// Pages that failed in this run.
    public var pagesFailed = 0
    /// Pages listed in the errors file: every page that is failed now, whenever it failed.
    public var pagesFailedTotal = 0
    /// Reports whose record was produced in this run.
    public var reportsWritten = 0
    /// Reports whose record changed (or is new) since the last completed run: the changes file.
    public var reportsChanged = 0
    /// Reports not processed because nothing in them changed.
    public var reportsUnchanged = 0
    /// Reports removed because all their pages are gone.
    public var reportsDeleted = 0
    /// Reports in the snapshot.
    public var reportsTotal = 0
    public var bytesRead = 0
    /// Failed pages of this run per reason code.
    public var failuresByReason: [String: Int] = [:]
    public var timings = StageTimings()
    public var elapsedSeconds = 0.0
    /// Worker threads used.
    public var jobs = 1
    /// The changes file written by this run, if any.
    public var changesFile: String?

    /// Creates an empty summary.
    public init() {}

    /// Input megabytes per second of wall time.
    public var throughput: Double { elapsedSeconds > 0 ? Double(bytesRead) / 1e6 / elapsedSeconds : 0 }

    /// The summary as a JSON object.
    public func json() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("run"); json.number(Int(run))
        json.key("status"); json.string(status)
        json.key("started"); json.string(started)
        json.key("finished"); json.string(finished)
        json.key("shard"); json.string(shard)
        json.key("pages_seen"); json.number(pagesSeen)
        json.key("pages_processed"); json.number(pagesProcessed)
        json.key("pages_unchanged"); json.number(pagesUnchanged)
        json.key("pages_failed"); json.number(pagesFailed)
        json.key("pages_failed_total"); json.number(pagesFailedTotal)
        json.key("reports_written"); json.number(reportsWritten)
        json.key("reports_changed"); json.number(reportsChanged)
        json.key("reports_unchanged"); json.number(reportsUnchanged)
        json.key("reports_deleted"); json.number(reportsDeleted)
        json.key("reports_total"); json.number(reportsTotal)
        json.key("bytes_read"); json.number(bytesRead)
        json.key("jobs"); json.number(jobs)
        json.key("elapsed_seconds"); json.number((elapsedSeconds * 1000).rounded() / 1000)
        json.key("throughput_mb_per_second"); json.number((throughput * 100).rounded() / 100)
        json.key("changes_file"); json.string(changesFile)
        json.key("failures_by_reason"); json.beginObject()
        for (reason, count) in failuresByReason.sorted(by: { $0.key < $1.key }) {
            json.keyDynamic(reason); json.number(count)
        }
        json.endObject()
        json.key("stages"); json.beginObject()
        for name in orderedStageNames {
            let entry = timings.entries[name]!
            json.keyDynamic(name); json.beginObject()
            json.key("calls"); json.number(entry.calls)
            json.key("failures"); json.number(entry.failures)
            json.key("seconds"); json.number((Double(entry.nanoseconds) / 1e6).rounded() / 1000)
            json.endObject()
        }
        json.endObject()
        json.endObject()
        var bytes = json.bytes
        bytes.append(0x0A)
        return bytes
    }

    /// The summary in the Prometheus text format, for node_exporter's textfile collector.
    public func prometheus(finishedAt unixSeconds: Double) -> String {
        var lines: [String] = []
        let labels = shard.map { "shard=\"\($0)\"" }
        func metric(_ name: String, _ help: String, _ type: String, _ samples: [(String?, Double)]) {
            lines.append("# HELP baogao_\(name) \(help)")
            lines.append("# TYPE baogao_\(name) \(type)")
            for (label, value) in samples {
                let all = [labels, label].compactMap { $0 }.joined(separator: ",")
                let number = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
                lines.append("baogao_\(name)\(all.isEmpty ? "" : "{\(all)}") \(number)")
            }
        }
        metric("last_run_timestamp_seconds", "When the last run finished (Unix time).", "gauge", [(nil, unixSeconds.rounded())])
        metric("last_run_success", "1 when the last run completed with no failed page, else 0.", "gauge", [(nil, status == "complete" && pagesFailedTotal == 0 ? 1 : 0)])
        metric("last_run_duration_seconds", "Wall time of the last run.", "gauge", [(nil, (elapsedSeconds * 1000).rounded() / 1000)])
        metric("pages", "Pages of the last run by outcome.", "gauge", [
            ("outcome=\"seen\"", Double(pagesSeen)), ("outcome=\"processed\"", Double(pagesProcessed)),
            ("outcome=\"unchanged\"", Double(pagesUnchanged)), ("outcome=\"failed\"", Double(pagesFailed)),
            ("outcome=\"failed_total\"", Double(pagesFailedTotal)),
        ])
        metric("reports", "Reports of the last run by outcome.", "gauge", [
            ("outcome=\"written\"", Double(reportsWritten)), ("outcome=\"changed\"", Double(reportsChanged)),
            ("outcome=\"unchanged\"", Double(reportsUnchanged)), ("outcome=\"deleted\"", Double(reportsDeleted)),
            ("outcome=\"total\"", Double(reportsTotal)),
        ])
        metric("page_failures", "Failed pages of the last run by reason.", "gauge",
               failuresByReason.sorted(by: { $0.key < $1.key }).map { ("reason=\"\($0.key)\"", Double($0.value)) })
        metric("stage_seconds", "Time spent per stage in the last run (summed over threads).", "gauge",
               orderedStageNames.map { ("stage=\"\($0)\"", (Double(timings.entries[$0]!.nanoseconds) / 1e6).rounded() / 1000) })
        metric("bytes_read", "Input bytes read by the last run.", "gauge", [(nil, Double(bytesRead))])
        return lines.joined(separator: "\n") + "\n"
    }

    /// Stage names in pipeline order.
    public var orderedStageNames: [String] {
        let known = StageTimings.order.filter { timings.entries[$0] != nil }
        return known + timings.entries.keys.filter { !StageTimings.order.contains($0) }.sorted()
    }
}
