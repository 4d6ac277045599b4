import Synchronization

/// Receives processed reports in order and saves them to the state in batches; counts the run.
///
/// Called by the ``Runner``'s delivering worker, one report at a time, so its state needs no more
/// locking than the `Mutex` that makes it `Sendable`.
final class ResultSink: Sendable {
    private struct State {
        var batch: [ReportResult] = []
        var touched: [PageState] = []
        var summary: RunSummary
        var pagesDone = 0
        var error: (any Error)?
    }

    private let store: StateStore
    private let fingerprint: String
    private let run: Int64
    private let batchSize: Int
    private let state: Mutex<State>

    init(store: StateStore, fingerprint: String, run: Int64, batchSize: Int, summary: RunSummary) {
        self.store = store
        self.fingerprint = fingerprint
        self.run = run
        self.batchSize = batchSize
        state = Mutex(State(summary: summary))
    }

    /// Pages of the reports accepted so far.
    var progress: Int { state.withLock { $0.pagesDone } }

    /// Takes one report's outcome.
    func accept(_ outcome: ReportOutcome, pages: Int) {
        state.withLock { state in
            state.pagesDone += pages
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
            if state.batch.count + state.touched.count >= batchSize { flush(&state) }
        }
    }

    /// Saves what is left and returns the counts, or throws the first saving error.
    func finish() throws -> RunSummary {
        try state.withLock { state in
            flush(&state)
            if let error = state.error { throw error }
            return state.summary
        }
    }

    private func flush(_ state: inout State) {
        guard state.error == nil else { return }
        do {
            try store.save(state.batch, fingerprint: fingerprint, run: run)
            try store.touch(state.touched)
        } catch {
            state.error = error
        }
        state.batch.removeAll(keepingCapacity: true)
        state.touched.removeAll(keepingCapacity: true)
    }
}
