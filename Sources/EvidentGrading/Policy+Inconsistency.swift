import EvidentModel

extension Policy {
    /// Inconsistency: studies finding no effect or the opposite, about as good as the support.
    public struct Inconsistency: Hashable, Sendable, Codable {
        /// A null or contradicting citation scoring at least (best support − margin) on its
        /// own makes the support inconsistent.
        public var margin: Int
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(margin: Int, change: Int) {
            self.margin = margin
            self.change = change
        }
    }
}
