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
    ///   - timeLimit: seconds a page may take from read to cleanup before it is recorded as failed.
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
            var stage = CharsetDecoder.name
            let started = ContinuousClock.now
            do {
                let decoded = try timings.run(decoder, raw)
                stage = PageCleaner.name
                let page = try timings.run(cleaner, decoded)
                let elapsed = ContinuousClock.now - started
                if elapsed > .seconds(timeLimit) {
                    throw StageError("timeout", "the page took \(elapsed) to clean, more than the limit of \(timeLimit) s (limits.page_timeout_seconds)")
                }
                clean.append(page)
            } catch {
                pages[index].failure = failure(error, source: raw.source, report: group.id, stage: stage)
            }
        }
        guard !clean.isEmpty else {
            return ReportOutcome(
                id: group.id, line: nil, entityLines: [], pages: pages, key: key, unchanged: false, pagesProcessed: 0,
                bytesRead: bytesRead, timings: timings)
        }
        var stitched = (try? timings.run(stitcher, (group.id, clean)))!
        for failure in pages.compactMap(\.failure) {
            stitched.warnings.append(RecordWarning(
                code: "page_failed", source: failure.source, message: "page left out: \(failure.message)"))
        }
        let normalized = (try? timings.run(normalizer, stitched))!
        let record = (try? timings.run(extractor, normalized))!
        let line = (try? timings.run(encoder, record))!
        let entityLines = EntityLineEncoder.lines(for: record)
        return ReportOutcome(
            id: group.id, line: line, entityLines: entityLines, pages: pages, key: key, unchanged: false,
            pagesProcessed: clean.count, bytesRead: bytesRead, timings: timings)
    }

    private func failure(_ error: any Error, source: PageSource, report: String, stage: String) -> PageFailure {
        if let error = error as? StageError {
            return PageFailure(source: source.relativePath, reportID: report, stage: stage, reason: error.reason, message: error.message)
        }
        return PageFailure(source: source.relativePath, reportID: report, stage: stage, reason: "internal_error", message: "\(error)")
    }
}
