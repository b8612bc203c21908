import EvidentModel

extension Policy {
    /// Indirectness: another outcome, population, form, or only a narrower form tested.
    public struct Indirectness: Hashable, Sendable, Codable {
        /// Change per step an outcome is further from people than the claim's
        /// (clinical > surrogate > mechanistic).
        public var outcomeChange: Int
        /// Change when the evidence comes only from a kind's indirect populations.
        public var populationChange: Int
        /// Change when every study used another form than the claim names.
        public var formChange: Int
        /// Change when the support bears out only part of the statement, and on the score of
        /// a study finding no effect or the opposite that tested only a narrower form of it.
        public var fitChange: Int
        /// The most the domain can take away (−2).
        public var cap: Int

        /// Creates the rule.
        public init(
            outcomeChange: Int, populationChange: Int, formChange: Int, fitChange: Int, cap: Int
        ) {
            self.outcomeChange = outcomeChange
            self.populationChange = populationChange
            self.formChange = formChange
            self.fitChange = fitChange
            self.cap = cap
        }

        enum CodingKeys: String, CodingKey {
            case outcomeChange = "outcome-change"
            case populationChange = "population-change"
            case formChange = "form-change"
            case fitChange = "fit-change"
            case cap
        }
    }
}
