import EvidentModel

extension Policy {
    /// Inconsistency: evidence for and against of similar weight.
    public struct Inconsistency: Hashable, Sendable, Codable {
        /// Rate down when the lighter side weighs at least this share of the heavier side.
        public var seriousRatio: Double
        /// Share of a `mixed` citation's weight counted on each side.
        public var mixedShare: Double
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(seriousRatio: Double, mixedShare: Double, change: Int) {
            self.seriousRatio = seriousRatio
            self.mixedShare = mixedShare
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case seriousRatio = "serious-ratio"
            case mixedShare = "mixed-share"
            case change
        }
    }
}
