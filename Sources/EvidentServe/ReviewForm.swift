import EvidentKit

/// The sign-off form (`POST /claims/{id}/review`): the fields of `evident review`.
struct ReviewForm: Sendable {
    /// Who signs.
    var reviewer: String
    /// Approve, reject or override.
    var decision: ReviewDecision
    /// The reviewer's verdict, for an override.
    var verdict: Verdict?
    /// Why.
    var reason: String
    /// The version of the claim file the editor saw.
    var version: String

    /// Reads the form; throws ``KnowledgeBaseEditError/invalidValue(_:)`` with what is wrong.
    /// Blank names and reasons are left for `Evident.review` to refuse, with its messages.
    init(_ fields: [String: String]) throws {
        guard
            let decision = try FormValue.choice(
                ReviewDecision.self, fields, "decision", name: "decision", required: true)
        else { throw KnowledgeBaseEditError.invalidValue("missing field 'decision'") }
        self.decision = decision
        verdict = try FormValue.choice(Verdict.self, fields, "verdict", name: "verdict")
        reviewer = FormValue.text(fields, "reviewer") ?? ""
        reason = FormValue.text(fields, "reason") ?? ""
        version = try FormValue.version(fields)
    }
}
