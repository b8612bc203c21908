import EvidentKit

/// The citation form (`POST /claims/{id}/citations`): the fields of `evident cite`. It adds a
/// citation, or changes the claim's citation of the same reference (stance, note, the
/// appraisal fields given).
struct CiteForm: Sendable {
    /// The reference key (`pmid:…`, `doi:…` or a CSL-JSON id).
    var reference: String
    /// Its stance on the claim.
    var stance: Stance
    /// The finding in the editor's words (`nil`: keep the note the citation has).
    var note: String?
    /// The appraisal fields given (`nil` when none).
    var appraisal: Appraisal?
    /// The version of the claim file the editor saw.
    var version: String

    /// Reads the form; throws ``KnowledgeBaseEditError/invalidValue(_:)`` with what is wrong.
    init(_ fields: [String: String]) throws {
        guard let reference = FormValue.text(fields, "ref") else {
            throw KnowledgeBaseEditError.invalidValue(
                "missing field 'ref' (expected pmid:<digits>, doi:10.<prefix>/<suffix> or the "
                    + "id of a CSL-JSON item)")
        }
        self.reference = reference
        guard
            let stance = try FormValue.choice(
                Stance.self, fields, "stance", name: "stance", required: true)
        else { throw KnowledgeBaseEditError.invalidValue("missing field 'stance'") }
        self.stance = stance
        note = FormValue.text(fields, "note")
        let forms = (fields["forms"] ?? "").split(separator: ",")
            .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        let appraisal = Appraisal(
            riskOfBias: try FormValue.choice(
                RiskOfBias.self, fields, "risk-of-bias", name: "risk of bias"),
            outcome: try FormValue.choice(
                OutcomeKind.self, fields, "outcome", name: "outcome", excluding: [.none]),
            funding: try FormValue.choice(Funding.self, fields, "funding", name: "funding"),
            fit: try FormValue.choice(Fit.self, fields, "fit", name: "fit"),
            forms: forms,
            doseResponse: try FormValue.bool(fields, "dose-response"),
            largeEffect: try FormValue.bool(fields, "large-effect"),
            participants: try FormValue.count(fields, "participants"),
            pools: try FormValue.choice(Pooled.self, fields, "pools", name: "pools"))
        self.appraisal = appraisal.isEmpty ? nil : appraisal
        version = try FormValue.version(fields)
    }
}
