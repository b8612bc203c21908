import EvidentModel

extension Policy {
    /// Risk of bias: expressions of concern, and design flaws named in citation notes.
    public struct RiskOfBias: Hashable, Sendable, Codable {
        /// Weight multiplier of a reference with an expression of concern.
        public var concernWeight: Double
        /// Phrases in a citation's note or the reference's title that flag a risk of bias
        /// (`open-label`, `no placebo`, `problematic trials`).
        public var flagTerms: [String]
        /// Rate down when at least this share of the best evidence's weight is flagged.
        public var flaggedShare: Double
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(concernWeight: Double, flagTerms: [String], flaggedShare: Double, change: Int) {
            self.concernWeight = concernWeight
            self.flagTerms = flagTerms
            self.flaggedShare = flaggedShare
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case concernWeight = "concern-weight"
            case flagTerms = "flag-terms"
            case flaggedShare = "flagged-share"
            case change
        }
    }
}
