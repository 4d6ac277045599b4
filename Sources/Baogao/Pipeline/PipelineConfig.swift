import Foundation

/// A pipeline file (`Pipelines/*.yaml`) read and validated: the settings of every stage.
public struct PipelineConfig: Sendable {
    /// The file it was read from.
    public var file: String
    /// The decode stage's assumption for undeclared non-UTF-8 pages.
    public var fallbackEncoding: String
    /// The cleanup stage's rules, site profiles and thresholds.
    public var cleanup: CleanupSettings
    /// The gazetteer table, resolved against the pipeline file's folder.
    public var gazetteer: URL
    /// The indicator lexicon, resolved against the pipeline file's folder.
    public var indicators: URL
    /// Whether numeric entities are extracted.
    public var extractEntities: Bool
    /// Per-page limits.
    public var limits: PageLimits
    /// A hash of everything that shapes the output: baogao's version, this file, the site
    /// profiles and the data files. Records made under another fingerprint are made again.
    public var fingerprint: String
}

/// Limits that keep one hostile page from stalling or swamping a run.
public struct PageLimits: Sendable, Equatable {
    /// Pages larger than this are refused (`too_large`).
    public var maxPageBytes: Int
    /// Pages taking longer than this (wall clock, from read to record) are recorded as failed (`timeout`).
    public var pageTimeoutSeconds: Double

    /// Creates limits.
    public init(maxPageBytes: Int = 64 * 1024 * 1024, pageTimeoutSeconds: Double = 60) {
        self.maxPageBytes = maxPageBytes
        self.pageTimeoutSeconds = pageTimeoutSeconds
    }
}
