import EvidentModel

extension Policy {
    /// Imprecision: too few studies or too few people at the best design.
    public struct Imprecision: Hashable, Sendable, Codable {
        /// Serious with fewer studies than this …
        public var minStudies: Int
        /// … or fewer people than this in total (when every study's size is appraised).
        public var minParticipants: Int
        /// Very serious below this many people in total.
        public var veryFewParticipants: Int
        /// With at least this many people in total (every study's size appraised), the
        /// evidence is not imprecise however few the studies (GRADE judges imprecision by the
        /// optimal information size, not by the number of studies).
        public var enoughParticipants: Int
        /// Designs that pool evidence themselves (a meta-analysis, a guideline, a regulator's
        /// opinion): never imprecise on their own.
        public var pooledDesigns: [StudyDesign]
        /// The change per level of seriousness (−1).
        public var change: Int

        /// Creates the rule.
        public init(
            minStudies: Int, minParticipants: Int, veryFewParticipants: Int,
            enoughParticipants: Int, pooledDesigns: [StudyDesign], change: Int
        ) {
            self.minStudies = minStudies
            self.minParticipants = minParticipants
            self.veryFewParticipants = veryFewParticipants
            self.enoughParticipants = enoughParticipants
            self.pooledDesigns = pooledDesigns
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case minStudies = "min-studies"
            case minParticipants = "min-participants"
            case veryFewParticipants = "very-few-participants"
            case enoughParticipants = "enough-participants"
            case pooledDesigns = "pooled-designs"
            case change
        }
    }
}
