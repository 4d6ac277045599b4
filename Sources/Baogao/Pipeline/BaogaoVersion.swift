/// baogao's version; part of every pipeline fingerprint, so a new version reprocesses reports.
public enum BaogaoVersion {
    /// The version string (`baogao --version`).
    public static let current = "0.1.0"
}
