/// How far a run has got, for progress lines.
public struct RunProgress: Sendable {
    /// Reports delivered so far, and in all (to process in this run).
    public var reportsDone: Int
    public var reportsTotal: Int
    /// Pages of the delivered reports, and of all reports to process.
    public var pagesDone: Int
    public var pagesTotal: Int
    /// Seconds since processing started.
    public var elapsedSeconds: Double

    /// Pages per second so far.
    public var rate: Double { elapsedSeconds > 0 ? Double(pagesDone) / elapsedSeconds : 0 }
    /// Seconds left at the current rate, nil before there is a rate.
    public var remainingSeconds: Double? { rate > 0 ? Double(pagesTotal - pagesDone) / rate : nil }
}
