/// Every phrase list of a policy, prepared once per grader (see ``PhraseList``).
struct PolicyPhrases: Sendable {
    /// `risk-of-bias.flag-terms`.
    let riskOfBiasFlags: PhraseList
    /// `indirectness.surrogate-terms`.
    let surrogates: PhraseList
    /// `indirectness.clinical-terms`.
    let clinical: PhraseList
    /// The terms of each of `indirectness.forms`, in the same order.
    let forms: [PhraseList]
    /// `publication-bias.flag-terms`.
    let publicationBiasFlags: PhraseList
    /// `upgrade.dose-response-terms`.
    let doseResponse: PhraseList
    /// `classification.trial-synthesis-phrases`.
    let trialSynthesis: PhraseList

    /// Prepares the lists of `policy`.
    init(_ policy: Policy) {
        riskOfBiasFlags = PhraseList(policy.riskOfBias.flagTerms)
        surrogates = PhraseList(policy.indirectness.surrogateTerms)
        clinical = PhraseList(policy.indirectness.clinicalTerms)
        forms = policy.indirectness.forms.map { PhraseList($0.terms) }
        publicationBiasFlags = PhraseList(policy.publicationBias.flagTerms)
        doseResponse = PhraseList(policy.upgrade.doseResponseTerms)
        trialSynthesis = PhraseList(policy.classification.trialSynthesisPhrases)
    }
}
