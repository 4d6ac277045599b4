import Foundation
import Synchronization

/// The stages of a pipeline file, wired for one input directory: pages of a report in, one JSON
/// line out. The runner calls ``process(_:)`` concurrently; every stage is a `Sendable` value.
public struct ReportPipeline: Sendable {
    public var reader: PageReader
    public var decoder: CharsetDecoder
    public var cleaner: PageCleaner
    public var stitcher: ReportStitcher
    public var normalizer: TextNormalizer
    public var extractor: ReportExtractor
    public var encoder: RecordEncoder

    /// The most main text (UTF-8 bytes) one page may have: a government report has tens of
    /// kilobytes. Normalising and extracting cost about 80 bytes of memory per byte of text, so
    /// a page over this is refused (`too_large`) rather than left to swamp the run.
    public static let maxTextBytes = 4 << 20

    /// Builds the stages of a pipeline configuration, loading its data files.
    ///
    /// - Throws: ``ConfigError`` when a data file named by the pipeline cannot be loaded.
    public init(config: PipelineConfig, inputRoot: String) throws {
        reader = PageReader(root: inputRoot, maxBytes: config.limits.maxPageBytes)
        decoder = CharsetDecoder(fallbackEncoding: config.fallbackEncoding)
        cleaner = PageCleaner(settings: config.cleanup)
        stitcher = ReportStitcher()
        normalizer = TextNormalizer()
        let gazetteer: Gazetteer
        do {
            gazetteer = try Gazetteer(contentsOf: config.gazetteer)
        } catch {
            throw ConfigError(file: config.file, key: "extract.gazetteer", problem: "cannot load \(config.gazetteer.path): \(error)")
        }
        var entities: EntityExtractor?
        if config.extractEntities {
            do {
                entities = EntityExtractor(lexicon: try IndicatorLexicon(contentsOf: config.indicators))
            } catch {
                throw ConfigError(file: config.file, key: "extract.indicators", problem: "cannot load \(config.indicators.path): \(error)")
            }
        }
        extractor = ReportExtractor(metadata: MetadataExtractor(gazetteer: gazetteer), entities: entities)
        encoder = RecordEncoder()
    }

    /// Runs every stage on one report; a failing page is recorded and left out, the rest go on.
    ///
    /// - Parameters:
    ///   - group: the report's pages.
    ///   - unlessKey: the key (``ReportKey``) of the stored record; when the pages read now have
    ///     that key, nothing past the read stage runs and the outcome says `unchanged`.
    ///   - timeLimit: seconds a page's decode and cleanup, and then the report's later stages, may
    ///     take (wall clock). Work past it is abandoned (see ``PageWatchdog``) and the page — or
    ///     every page of the report, when the later stages ran over — is recorded as `timeout`.
    public func process(_ group: ReportGroup, unlessKey: String? = nil, timeLimit: Double = .infinity) -> ReportOutcome {
        let outcome = Mutex<ReportOutcome?>(nil)
        Runner(jobs: 1).run(count: 1, timeLimit: timeLimit, work: { _, attempt in
            process(group, unlessKey: unlessKey, attempt: attempt, timeLimit: timeLimit)
        }, deliver: { _, result in
            outcome.withLock { $0 = result }
        })
        return outcome.withLock { $0! }
    }

    /// One attempt at a report (see ``Runner/run(count:stop:timeLimit:work:deliver:)``): each page's
    /// decode, parse and cleanup is a phase of the attempt (the page's index), and so are the
    /// report's later stages (index: the number of pages). A phase that ran over in an earlier
    /// attempt is not run again: its page, or every page when it was the later stages, is
    /// recorded as `timeout` (`timeLimit` is for the message).
    public func process(_ group: ReportGroup, unlessKey: String?, attempt: WorkAttempt, timeLimit: Double) -> ReportOutcome {
        var timings = StageTimings()
        var pages: [PageState] = []
        var raws: [RawPage?] = []
        var bytesRead = 0
        for source in group.pages {
            do {
                let raw = try timings.run(reader, source)
                bytesRead += raw.bytes.count
                raws.append(raw)
                pages.append(PageState(
                    path: source.relativePath, reportID: group.id, size: Int64(raw.bytes.count), modified: raw.modified,
                    hash: XXHash64.of(raw.bytes), failure: nil))
            } catch {
                raws.append(nil)
                let stat = reader.fileStatus(source)
                pages.append(PageState(
                    path: source.relativePath, reportID: group.id, size: stat?.size ?? -1, modified: stat?.modified ?? -1,
                    hash: nil, failure: failure(error, source: source, report: group.id, stage: PageReader.name)))
            }
        }
        let key = ReportKey.of(pages.map { ($0.path, $0.hash) })
        if let unlessKey, unlessKey == key, pages.allSatisfy({ $0.failure == nil }) {
            return ReportOutcome(
                id: group.id, line: nil, pages: pages, key: key, unchanged: true, pagesProcessed: 0,
                bytesRead: bytesRead, timings: timings)
        }

        var clean: [CleanPage] = []
        var failed: [PageFailure] = []
        for (index, raw) in raws.enumerated() {
            guard let raw else {
                failed.append(pages[index].failure!)
                continue
            }
            if attempt.overran.contains(index) {
                pages[index].failure = PageFailure(
                    source: pages[index].path, reportID: group.id, stage: PageCleaner.name, reason: "timeout",
                    message: "decoding and cleaning the page took more than \(timeLimit) s (limits.page_timeout_seconds); its work was abandoned")
                failed.append(pages[index].failure!)
                continue
            }
            attempt.begin(index)
            let page = self.clean(raw, report: group.id)
            timings.add(page.timings)
            switch page.result {
            case .success(let cleaned): clean.append(cleaned)
            case .failure(let failure):
                pages[index].failure = failure
                failed.append(failure)
            }
        }
        let laterPhase = raws.count
        if !clean.isEmpty && attempt.overran.contains(laterPhase) {
            for index in pages.indices where pages[index].failure == nil {
                pages[index].failure = PageFailure(
                    source: pages[index].path, reportID: group.id, stage: ReportExtractor.name, reason: "timeout",
                    message: "normalising and extracting the report took more than \(timeLimit) s (limits.page_timeout_seconds); its work was abandoned")
            }
            clean = []
        }
        guard !clean.isEmpty else {
            return ReportOutcome(
                id: group.id, line: nil, pages: pages, key: key, unchanged: false, pagesProcessed: 0,
                bytesRead: bytesRead, timings: timings)
        }
        attempt.begin(laterPhase)
        let later = finish(group.id, clean: clean, failed: failed)
        timings.add(later.timings)
        return ReportOutcome(
            id: group.id, line: later.line, pages: pages, key: key, unchanged: false,
            pagesProcessed: clean.count, bytesRead: bytesRead, timings: timings)
    }

    /// One page's outcome: its clean page or its failure, and the time its stages took.
    private struct PageOutcome {
        var result: Result<CleanPage, PageFailure>
        var timings: StageTimings
    }

    /// One page's decode, parse and cleanup, with its failure when it has one.
    private func clean(_ raw: RawPage, report: String) -> PageOutcome {
        var timings = StageTimings()
        var stage = CharsetDecoder.name
        do {
            let decoded = try timings.run(decoder, raw)
            stage = PageParser.name
            let parsed = try timings.run(cleaner.parser, decoded)
            stage = PageCleaner.name
            let page = try timings.run(cleaner, parsed)
            let bytes = page.paragraphUTF8.reduce(0) { $0 + $1.count }
            guard bytes <= Self.maxTextBytes else {
                return PageOutcome(result: .failure(PageFailure(
                    source: raw.source.relativePath, reportID: report, stage: PageCleaner.name, reason: "too_large",
                    message: "the page's main text has \(bytes) bytes, more than the limit of \(Self.maxTextBytes); a report is far shorter")),
                    timings: timings)
            }
            return PageOutcome(result: .success(page), timings: timings)
        } catch {
            return PageOutcome(result: .failure(failure(error, source: raw.source, report: report, stage: stage)), timings: timings)
        }
    }

    /// The report's later stages: stitch, normalise, extract, encode.
    private func finish(_ id: String, clean: [CleanPage], failed: [PageFailure]) -> (line: [UInt8], timings: StageTimings) {
        var timings = StageTimings()
        var stitched = (try? timings.run(stitcher, (id, clean)))!
        for failure in failed {
            stitched.warnings.append(RecordWarning(code: "page_failed", source: failure.source, message: "page left out: \(failure.message)"))
        }
        let normalized = (try? timings.run(normalizer, stitched))!
        let record = (try? timings.run(extractor, normalized))!
        let encoded = (try? timings.run(encoder, record))!
        return (encoded.line, timings)
    }

    private func failure(_ error: any Error, source: PageSource, report: String, stage: String) -> PageFailure {
        if let error = error as? StageError {
            return PageFailure(source: source.relativePath, reportID: report, stage: stage, reason: error.reason, message: error.message)
        }
        return PageFailure(source: source.relativePath, reportID: report, stage: stage, reason: "internal_error", message: "\(error)")
    }
}
