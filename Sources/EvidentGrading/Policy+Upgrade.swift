import EvidentModel

extension Policy {
    /// Rating up for a dose-response gradient (GRADE: only from a low start, nothing rated
    /// down).
    public struct Upgrade: Hashable, Sendable, Codable {
        /// Phrases in the notes of supporting studies that show a dose-response gradient.
        public var doseResponseTerms: [String]
        /// Highest starting score that may be rated up (2, low).
        public var maximumStart: Int
        /// The change (+1).
        public var change: Int

        /// Creates the rule.
        public init(doseResponseTerms: [String], maximumStart: Int, change: Int) {
            self.doseResponseTerms = doseResponseTerms
            self.maximumStart = maximumStart
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case doseResponseTerms = "dose-response-terms"
            case maximumStart = "maximum-start"
            case change
        }
    }
}
