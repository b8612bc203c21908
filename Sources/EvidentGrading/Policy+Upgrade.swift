import EvidentModel

extension Policy {
    /// Rating up for a dose-response gradient or a large effect (GRADE: only from a low start,
    /// nothing rated down).
    public struct Upgrade: Hashable, Sendable, Codable {
        /// Highest starting score that may be rated up (2, low).
        public var maximumStart: Int
        /// Change for a dose-response gradient (+1).
        public var doseResponseChange: Int
        /// Change for a large effect (+1).
        public var largeEffectChange: Int
        /// The most rating up can add (+2).
        public var cap: Int

        /// Creates the rule.
        public init(maximumStart: Int, doseResponseChange: Int, largeEffectChange: Int, cap: Int) {
            self.maximumStart = maximumStart
            self.doseResponseChange = doseResponseChange
            self.largeEffectChange = largeEffectChange
            self.cap = cap
        }

        enum CodingKeys: String, CodingKey {
            case maximumStart = "maximum-start"
            case doseResponseChange = "dose-response-change"
            case largeEffectChange = "large-effect-change"
            case cap
        }
    }
}
