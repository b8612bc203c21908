/// What a systematic review or meta-analysis pooled, as its appraiser read it.
public enum Pooled: String, Hashable, Sendable, Codable, CaseIterable {
    /// Randomised trials only (quasi-randomised ones included): it bears a claim as trials do.
    case trials
    /// Observational studies, alone or among trials: it bears a claim as they do.
    case observational
}
