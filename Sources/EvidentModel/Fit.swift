/// How closely a cited study bears on the statement it is cited for.
public enum Fit: String, Hashable, Sendable, Codable, CaseIterable {
    /// It tests the statement as worded.
    case full
    /// It bears only on a weaker or narrower form of the statement (an attenuated loss
    /// rather than the claimed increase, a subgroup, another population or setting).
    case partial
}
