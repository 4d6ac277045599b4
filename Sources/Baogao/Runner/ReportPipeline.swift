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
        var raws: [RawPage?] = []
        var bytesRead = 0
        for source in group.pages {
            do {
                let raw = try timings.run(reader, source)
                bytesRead += raw.bytes.count
                raws.append(raw)
                pages.append(PageState(
                    path: source.relativePath, reportID: group.id, size: Int64(raw.bytes.count), modified: raw.modified,
                    hash: ContentHash.of(raw.bytes), failure: nil))
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
                id: group.id, line: nil, entityLines: [], pages: pages, key: key, unchanged: true, pagesProcessed: 0,
                bytesRead: bytesRead, timings: timings)
        }

        var clean: [CleanPage] = []
        for (index, raw) in raws.enumerated() {
            guard let raw else { continue }
            let decoder = self.decoder
            let cleaner = self.cleaner
            // Decode and cleanup under the watchdog: a page past the limit is abandoned, not awaited.
            let result = PageWatchdog.run(limit: timeLimit) { () -> (Result<CleanPage, any Error>, String, StageTimings) in
                var timings = StageTimings()
                var stage = CharsetDecoder.name
                do {
                    let decoded = try timings.run(decoder, raw)
                    stage = PageParser.name
                    let parsed = try timings.run(cleaner.parser, decoded)
                    stage = PageCleaner.name
                    return (.success(try timings.run(cleaner, parsed)), stage, timings)
                } catch {
                    return (.failure(error), stage, timings)
                }
            }
            guard let (page, stage, pageTimings) = result else {
                pages[index].failure = PageFailure(
                    source: raw.source.relativePath, reportID: group.id, stage: PageCleaner.name, reason: "timeout",
                    message: "decoding and cleaning the page took more than \(timeLimit) s (limits.page_timeout_seconds); its work was abandoned")
                continue
            }
            timings.add(pageTimings)
            switch page {
            case .success(let page) where page.paragraphs.reduce(0, { $0 + $1.utf8.count }) > Self.maxTextBytes:
                let bytes = page.paragraphs.reduce(0) { $0 + $1.utf8.count }
                pages[index].failure = PageFailure(
                    source: raw.source.relativePath, reportID: group.id, stage: PageCleaner.name, reason: "too_large",
                    message: "the page's main text has \(bytes) bytes, more than the limit of \(Self.maxTextBytes); a report is far shorter")
            case .success(let page): clean.append(page)
            case .failure(let error): pages[index].failure = failure(error, source: raw.source, report: group.id, stage: stage)
            }
        }
        guard !clean.isEmpty else {
            return ReportOutcome(
                id: group.id, line: nil, entityLines: [], pages: pages, key: key, unchanged: false, pagesProcessed: 0,
                bytesRead: bytesRead, timings: timings)
        }
        let failed = pages.compactMap(\.failure)
        let cleanPages = clean
        let stitcher = self.stitcher
        let normalizer = self.normalizer
        let extractor = self.extractor
        let encoder = self.encoder
        // The report's later stages get the same limit, once for the whole report.
        let finished = PageWatchdog.run(limit: timeLimit) { () -> (line: [UInt8], entityLines: [UInt8], timings: StageTimings) in
            var timings = StageTimings()
            var stitched = (try? timings.run(stitcher, (group.id, cleanPages)))!
            for failure in failed {
                stitched.warnings.append(RecordWarning(
                    code: "page_failed", source: failure.source, message: "page left out: \(failure.message)"))
            }
            let normalized = (try? timings.run(normalizer, stitched))!
            let record = (try? timings.run(extractor, normalized))!
            let line = (try? timings.run(encoder, record))!
            return (line, EntityLineEncoder.lines(for: record), timings)
        }
        guard let finished else {
            for index in pages.indices where pages[index].failure == nil {
                pages[index].failure = PageFailure(
                    source: pages[index].path, reportID: group.id, stage: ReportExtractor.name, reason: "timeout",
                    message: "normalising and extracting the report took more than \(timeLimit) s (limits.page_timeout_seconds); its work was abandoned")
            }
            return ReportOutcome(
                id: group.id, line: nil, entityLines: [], pages: pages, key: key, unchanged: false, pagesProcessed: 0,
                bytesRead: bytesRead, timings: timings)
        }
        timings.add(finished.timings)
        return ReportOutcome(
            id: group.id, line: finished.line, entityLines: finished.entityLines, pages: pages, key: key, unchanged: false,
            pagesProcessed: clean.count, bytesRead: bytesRead, timings: timings)
    }

    private func failure(_ error: any Error, source: PageSource, report: String, stage: String) -> PageFailure {
        if let error = error as? StageError {
            return PageFailure(source: source.relativePath, reportID: report, stage: stage, reason: error.reason, message: error.message)
        }
        return PageFailure(source: source.relativePath, reportID: report, stage: stage, reason: "internal_error", message: "\(error)")
    }
}
