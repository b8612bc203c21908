import EvidentModel

extension Policy {
    /// Imprecision: too few studies at the best design.
    public struct Imprecision: Hashable, Sendable, Codable {
        /// Rate down when fewer studies than this define the start …
        public var minStudies: Int
        /// … unless one of them pools evidence itself (a meta-analysis, a guideline, a
        /// regulator's scientific opinion).
        public var pooledDesigns: [StudyDesign]
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(minStudies: Int, pooledDesigns: [StudyDesign], change: Int) {
            self.minStudies = minStudies
            self.pooledDesigns = pooledDesigns
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case minStudies = "min-studies"
            case pooledDesigns = "pooled-designs"
            case change
        }
    }
}
