import EvidentModel

extension Policy {
    /// From certainty to a verdict and the `contradicted` flag.
    public struct VerdictRule: Hashable, Sendable, Codable {
        /// Lowest certainty of consistent, full support for `supported` (moderate).
        public var supportedMinimum: Certainty
        /// Lowest certainty of refuting evidence for `contradicted` (moderate).
        public var contradictedMinimum: Certainty
        /// Designs whose null findings can make a claim contradicted (good trials).
        public var nullDesigns: [StudyDesign]

        /// Creates the rule.
        public init(
            supportedMinimum: Certainty, contradictedMinimum: Certainty, nullDesigns: [StudyDesign]
        ) {
            self.supportedMinimum = supportedMinimum
            self.contradictedMinimum = contradictedMinimum
            self.nullDesigns = nullDesigns
        }

        enum CodingKeys: String, CodingKey {
            case supportedMinimum = "supported-minimum"
            case contradictedMinimum = "contradicted-minimum"
            case nullDesigns = "null-designs"
        }
    }
}
