import Foundation

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
        var timings = StageTimings()
        var pages: [PageState] = []
        var readRaws: [RawPage?] = []
        var bytesRead = 0
        for source in group.pages {
            do {
                let raw = try timings.run(reader, source)
                bytesRead += raw.bytes.count
                readRaws.append(raw)
                pages.append(PageState(
                    path: source.relativePath, reportID: group.id, size: Int64(raw.bytes.count), modified: raw.modified,
                    hash: XXHash64.of(raw.bytes), failure: nil))
            } catch {
                readRaws.append(nil)
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

        // Every page's decode, parse and cleanup, then the report's later stages, run on the page
        // thread in one hand-over (each costs two thread wake-ups); each page, and then the later
        // stages, may take `timeLimit` (a phase of the watchdog). A page past it is abandoned, not
        // awaited: the pages before it are kept and the pages after it go on in a new hand-over.
        let results = PageResults()
        let readFailures = pages.map(\.failure)
        let raws = readRaws
        let laterPhase = raws.count
        var next = 0
        var later: (line: [UInt8], timings: StageTimings)?
        var laterTimedOut = false
        while true {
            let round = results.round
            let pending = raws.indices.filter { $0 >= next && raws[$0] != nil }
            let work = { @Sendable (phase: PageWatchdog.Phase) -> (line: [UInt8], timings: StageTimings)? in
                for index in pending {
                    phase.begin(index)
                    guard results.record(self.clean(raws[index]!, report: group.id), at: index, round: round) else { return nil }
                }
                phase.begin(laterPhase)
                let done = results.pages
                let clean = raws.indices.compactMap { index -> CleanPage? in
                    if case .success(let page)? = done[index]?.result { return page }
                    return nil
                }
                guard !clean.isEmpty else { return nil }
                let failed = raws.indices.compactMap { index -> PageFailure? in
                    if let failure = readFailures[index] { return failure }
                    if case .failure(let failure)? = done[index]?.result { return failure }
                    return nil
                }
                return self.finish(group.id, clean: clean, failed: failed)
            }
            switch PageWatchdog.run(limit: timeLimit, firstPhase: pending.first ?? laterPhase, phased: work) {
            case .finished(let finished):
                later = finished
            case .abandoned(let phase) where phase < laterPhase:
                results.abandonRound(failing: phase, with: PageFailure(
                    source: pages[phase].path, reportID: group.id, stage: PageCleaner.name, reason: "timeout",
                    message: "decoding and cleaning the page took more than \(timeLimit) s (limits.page_timeout_seconds); its work was abandoned"))
                next = phase + 1
                continue
            case .abandoned:
                laterTimedOut = true
            }
            break
        }
        var cleanCount = 0
        for (index, page) in results.pages {
            timings.add(page.timings)
            switch page.result {
            case .success: cleanCount += 1
            case .failure(let failure): pages[index].failure = failure
            }
        }
        if laterTimedOut {
            for index in pages.indices where pages[index].failure == nil {
                pages[index].failure = PageFailure(
                    source: pages[index].path, reportID: group.id, stage: ReportExtractor.name, reason: "timeout",
                    message: "normalising and extracting the report took more than \(timeLimit) s (limits.page_timeout_seconds); its work was abandoned")
            }
        }
        guard let later else {
            return ReportOutcome(
                id: group.id, line: nil, pages: pages, key: key, unchanged: false, pagesProcessed: 0,
                bytesRead: bytesRead, timings: timings)
        }
        timings.add(later.timings)
        return ReportOutcome(
            id: group.id, line: later.line, pages: pages, key: key, unchanged: false,
            pagesProcessed: cleanCount, bytesRead: bytesRead, timings: timings)
    }

    /// One page's decode, parse and cleanup (on the page thread), with its failure when it has one.
    private func clean(_ raw: RawPage, report: String) -> PageResults.Page {
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
                return PageResults.Page(result: .failure(PageFailure(
                    source: raw.source.relativePath, reportID: report, stage: PageCleaner.name, reason: "too_large",
                    message: "the page's main text has \(bytes) bytes, more than the limit of \(Self.maxTextBytes); a report is far shorter")),
                    timings: timings)
            }
            return PageResults.Page(result: .success(page), timings: timings)
        } catch {
            return PageResults.Page(result: .failure(failure(error, source: raw.source, report: report, stage: stage)), timings: timings)
        }
    }

    /// The report's later stages (on the page thread): stitch, normalise, extract, encode.
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
