import Baogao
import Foundation
import Logging
import Synchronization

/// Shows a run's progress: a line rewritten in place on a terminal, else a log line every 10 s.
final class ProgressPrinter: Sendable {
    private let logger: Logger
    private let terminal: Bool
    private let last = Mutex<(printedAt: Double, shown: Bool)>((0, false))

    init(logger: Logger) {
        self.logger = logger
        terminal = isatty(STDERR_FILENO) == 1
    }

    /// Takes the latest figures (called from worker threads).
    func update(_ progress: RunProgress) {
        let interval = terminal ? 0.2 : 10
        let due = last.withLock { state -> Bool in
            guard progress.elapsedSeconds - state.printedAt >= interval || progress.reportsDone == progress.reportsTotal else { return false }
            state.printedAt = progress.elapsedSeconds
            state.shown = true
            return true
        }
        guard due else { return }
        let eta = progress.remainingSeconds.map { String(format: "%.0f s", $0) } ?? "?"
        let percent = progress.pagesTotal > 0 ? 100 * progress.pagesDone / progress.pagesTotal : 100
        let text = "pages \(progress.pagesDone)/\(progress.pagesTotal) (\(percent)%), \(String(format: "%.1f", progress.rate)) pages/s, ETA \(eta)"
        if terminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        } else {
            logger.info("progress", metadata: ["pages.done": "\(progress.pagesDone)", "pages.total": "\(progress.pagesTotal)", "rate": "\(String(format: "%.1f", progress.rate))", "eta": "\(eta)"])
        }
    }

    /// Ends the progress line.
    func finish() {
        if terminal && last.withLock({ $0.shown }) { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
