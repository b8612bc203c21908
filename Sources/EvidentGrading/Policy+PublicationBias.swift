import EvidentModel

extension Policy {
    /// Publication bias, suspected when every best supporting study carries a flag.
    public struct PublicationBias: Hashable, Sendable, Codable {
        /// Phrases in notes that flag it (`industry-funded`).
        public var flagTerms: [String]
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(flagTerms: [String], change: Int) {
            self.flagTerms = flagTerms
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case flagTerms = "flag-terms"
            case change
        }
    }
}
