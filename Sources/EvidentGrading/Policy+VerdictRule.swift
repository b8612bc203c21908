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
        /// Whether support that only measured outcomes further from people than the claim's
        /// (surrogates for a clinical claim) is at best weak.
        public var surrogateOnlyIsWeak: Bool

        /// Creates the rule.
        public init(
            supportedMinimum: Certainty, contradictedMinimum: Certainty,
            nullDesigns: [StudyDesign], surrogateOnlyIsWeak: Bool = true
        ) {
            self.supportedMinimum = supportedMinimum
            self.contradictedMinimum = contradictedMinimum
            self.nullDesigns = nullDesigns
            self.surrogateOnlyIsWeak = surrogateOnlyIsWeak
        }

        enum CodingKeys: String, CodingKey {
            case supportedMinimum = "supported-minimum"
            case contradictedMinimum = "contradicted-minimum"
            case nullDesigns = "null-designs"
            case surrogateOnlyIsWeak = "surrogate-only-is-weak"
        }
    }
}
