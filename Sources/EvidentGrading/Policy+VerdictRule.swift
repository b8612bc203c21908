import EvidentModel

extension Policy {
    /// From certainty and the weight of evidence to a verdict.
    public struct VerdictRule: Hashable, Sendable, Codable {
        /// Lowest certainty for `supported` (moderate).
        public var supportedMinimum: Certainty
        /// `contradicted` when the weight against exceeds this multiple of the weight for.
        public var contradictedRatio: Double

        /// Creates the rule.
        public init(supportedMinimum: Certainty, contradictedRatio: Double) {
            self.supportedMinimum = supportedMinimum
            self.contradictedRatio = contradictedRatio
        }

        enum CodingKeys: String, CodingKey {
            case supportedMinimum = "supported-minimum"
            case contradictedRatio = "contradicted-ratio"
        }
    }
}
