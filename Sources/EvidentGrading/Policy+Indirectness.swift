import EvidentModel

extension Policy {
    /// Indirectness: a surrogate outcome, animal or in-vitro evidence, another form.
    public struct Indirectness: Hashable, Sendable, Codable {
        /// Claim outcome kinds that are indirect by themselves (`surrogate`).
        public var indirectOutcomeKinds: [OutcomeKind]
        /// Change for a claim whose own outcome is indirect.
        public var outcomeChange: Int
        /// Phrases that show a study measured a surrogate (`bone mineral density`).
        public var surrogateTerms: [String]
        /// Phrases that show a study measured a clinical outcome (`fracture`).
        public var clinicalTerms: [String]
        /// Change when a clinical claim's best supporting studies measured only surrogates.
        public var surrogateEvidenceChange: Int
        /// Change when the best evidence comes only from animals or in vitro.
        public var mechanisticChange: Int
        /// Forms of the substance, to tell when studies used another form than the claim's.
        public var forms: [Form]
        /// Change when every best supporting study used another form.
        public var formChange: Int

        /// Creates the rule.
        public init(
            indirectOutcomeKinds: [OutcomeKind], outcomeChange: Int, surrogateTerms: [String],
            clinicalTerms: [String], surrogateEvidenceChange: Int, mechanisticChange: Int,
            forms: [Form], formChange: Int
        ) {
            self.indirectOutcomeKinds = indirectOutcomeKinds
            self.outcomeChange = outcomeChange
            self.surrogateTerms = surrogateTerms
            self.clinicalTerms = clinicalTerms
            self.surrogateEvidenceChange = surrogateEvidenceChange
            self.mechanisticChange = mechanisticChange
            self.forms = forms
            self.formChange = formChange
        }

        enum CodingKeys: String, CodingKey {
            case indirectOutcomeKinds = "indirect-outcome-kinds"
            case outcomeChange = "outcome-change"
            case surrogateTerms = "surrogate-terms"
            case clinicalTerms = "clinical-terms"
            case surrogateEvidenceChange = "surrogate-evidence-change"
            case mechanisticChange = "mechanistic-change"
            case forms
            case formChange = "form-change"
        }
    }
}
