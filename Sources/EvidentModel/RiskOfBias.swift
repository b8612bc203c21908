/// A study's risk of bias, as appraised (Cochrane RoB 2 wording).
public enum RiskOfBias: String, Hashable, Sendable, Codable, CaseIterable {
    /// Low risk of bias.
    case low
    /// Some concerns.
    case some
    /// High risk of bias (open-label with subjective outcomes, post hoc, integrity concerns …).
    case high
}
