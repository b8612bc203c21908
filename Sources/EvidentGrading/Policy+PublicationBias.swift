import EvidentModel

extension Policy {
    /// Publication bias, suspected when every best supporting study was industry-funded.
    public struct PublicationBias: Hashable, Sendable, Codable {
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(change: Int) {
            self.change = change
        }
    }
}
