import EvidentModel

extension Policy {
    /// Risk of bias: appraised `risk-of-bias: high`, or an expression of concern, on much of
    /// the best evidence.
    public struct RiskOfBiasRule: Hashable, Sendable, Codable {
        /// The change when it applies (−1).
        public var highChange: Int
        /// Rate down when at least this share of the best evidence is flagged.
        public var flaggedShare: Double

        /// Creates the rule.
        public init(highChange: Int, flaggedShare: Double) {
            self.highChange = highChange
            self.flaggedShare = flaggedShare
        }

        enum CodingKeys: String, CodingKey {
            case highChange = "high-change"
            case flaggedShare = "flagged-share"
        }
    }
}
