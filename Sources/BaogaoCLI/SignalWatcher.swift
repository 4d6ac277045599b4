import Baogao
import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into a ``StopFlag``: the first signal asks the run to stop cleanly,
/// a second one ends the process at once (the state stays consistent: it is transactional).
final class SignalWatcher {
    private let sources: [any DispatchSourceSignal]

    init(stop: StopFlag) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stop.signal != nil { _exit(128 + number) }
                stop.stop(signal: number)
            }
            source.resume()
            return source
        }
    }

    /// Stops watching and restores the default handlers.
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
