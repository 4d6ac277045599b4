/// One step of the pipeline: a `Sendable` value with one job, from a typed input to a typed output.
///
/// Stages do not count, time, log or catch: the runner does that around every call (see
/// ``ReportPipeline``). A stage throws ``StageError`` for input it refuses.
public protocol Stage: Sendable {
    associatedtype Input
    associatedtype Output
    /// The stage's name in counters, timings and error records (`decode`, `cleanup`, …).
    static var name: String { get }
    /// Does the stage's job on one input.
    func run(_ input: Input) throws -> Output
}
