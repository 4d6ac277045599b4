import Synchronization

/// What the page thread has made of a report's pages so far, shared with the runner worker that
/// waits for it: pages finished before one that runs over its time limit are kept.
///
/// Work is done in rounds; when the worker abandons a round (a page ran over), results the
/// abandoned work records later are ignored.
final class PageResults: Sendable {
    /// One page's outcome: its clean page or its failure, and the time its stages took.
    struct Page: Sendable {
        var result: Result<CleanPage, PageFailure>
        var timings: StageTimings
    }

    private let state = Mutex((round: 0, pages: [Int: Page]()))

    /// The current round.
    var round: Int { state.withLock { $0.round } }

    /// Records page `index` for `round`; false when that round was abandoned (stop working).
    func record(_ page: Page, at index: Int, round: Int) -> Bool {
        state.withLock { state in
            guard state.round == round else { return false }
            state.pages[index] = page
            return true
        }
    }

    /// Ends the current round: records page `index` as failed and ignores what that round records later.
    func abandonRound(failing index: Int, with failure: PageFailure) {
        state.withLock { state in
            state.round += 1
            state.pages[index] = Page(result: .failure(failure), timings: StageTimings())
        }
    }

    /// The pages recorded so far, by index.
    var pages: [Int: Page] { state.withLock { $0.pages } }
}
