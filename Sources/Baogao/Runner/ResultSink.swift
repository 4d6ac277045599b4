import Synchronization

/// Receives processed reports in order, counts the run, and hands them to a ``StateWriter`` in
/// batches; the last `batchSize` reports in batches a quarter that size, so that little is left to
/// save after the last report (a whole batch of lines, written to the line store and the snapshot
/// draft, was about 4 ms of a bulk run's serial tail; one report at a time cost more than that in
/// SQLite's commits, which checksum every 64 KiB page they write).
///
/// Called by the ``Runner``'s delivering worker, one report at a time, so its state needs no more
/// locking than the `Mutex` that makes it `Sendable`.
final class ResultSink: Sendable {
    private struct State {
        var batch: [ReportResult] = []
        var touched: [PageState] = []
        var summary: RunSummary
        var pagesDone = 0
        var accepted = 0
    }

    private let writer: StateWriter
    private let batchSize: Int
    /// How many reports will be accepted.
    private let total: Int
    private let state: Mutex<State>

    init(store: StateStore, fingerprint: String, run: Int64, batchSize: Int, total: Int, summary: RunSummary) {
        writer = StateWriter(store: store, fingerprint: fingerprint, run: run)
        self.batchSize = batchSize
        self.total = total
        state = Mutex(State(summary: summary))
    }

    /// Pages of the reports accepted so far.
    var progress: Int { state.withLock { $0.pagesDone } }

    /// Takes one report's outcome.
    func accept(_ outcome: ReportOutcome, pages: Int) {
        let full = state.withLock { state -> (results: [ReportResult], touched: [PageState])? in
            state.pagesDone += pages
            state.accepted += 1
            state.summary.timings.add(outcome.timings)
            state.summary.bytesRead += outcome.bytesRead
            if outcome.unchanged {
                state.summary.pagesUnchanged += outcome.pages.count
                state.summary.reportsUnchanged += 1
                state.touched += outcome.pages
            } else {
                state.summary.pagesProcessed += outcome.pagesProcessed
                let failures = outcome.failures
                state.summary.pagesFailed += failures.count
                for failure in failures { state.summary.failuresByReason[failure.reason, default: 0] += 1 }
                if outcome.line != nil { state.summary.reportsWritten += 1 }
                state.batch.append(ReportResult(
                    id: outcome.id, line: outcome.line, pages: outcome.pages, key: outcome.key))
            }
            let size = total - state.accepted < batchSize ? max(1, batchSize / 4) : batchSize
            guard state.batch.count + state.touched.count >= size || state.accepted == total else { return nil }
            return Self.takeBatch(&state)
        }
        // Handed over outside the lock: the writer may wait for the batch before.
        if let full { writer.save(full.results, touched: full.touched) }
    }

    /// Saves what is left, waits for every save, and returns the counts; throws the first saving error.
    func finish() throws -> RunSummary {
        let (rest, summary) = state.withLock { state in (Self.takeBatch(&state), state.summary) }
        writer.save(rest.results, touched: rest.touched)
        try writer.finish()
        return summary
    }

    private static func takeBatch(_ state: inout State) -> (results: [ReportResult], touched: [PageState]) {
        defer {
            state.batch = []
            state.touched = []
        }
        return (state.batch, state.touched)
    }
}
