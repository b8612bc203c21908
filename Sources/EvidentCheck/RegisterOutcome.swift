/// What the EU register says about a health claim in a sentence (`register:` in a rule pack).
public enum RegisterOutcome: String, Sendable, Codable, CaseIterable {
    /// It matches an authorised wording (or a faithful paraphrase) for its substance.
    case authorised
    /// It is about a relationship authorised for its substance, in other words.
    case wording
    /// It matches a claim the register lists as non-authorised (or revoked) for its substance.
    case nonAuthorised = "non-authorised"
    /// No authorised claim of its substance says it.
    case unauthorised
    /// A disease risk reduction claim that is not an authorised Article 14(1)(a) claim.
    case riskReduction = "risk-reduction"
}
