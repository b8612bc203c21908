import EvidentKit

/// One citation on a claim page: the graded row of the evidence table, and the form that
/// changes its stance, note or appraisal.
struct CitationView: Sendable {
    /// 1-based.
    var number: Int
    /// The reference key.
    var key: String
    /// The formatted citation (Vancouver).
    var formatted: String
    /// `https://pubmed.ncbi.nlm.nih.gov/<pmid>/`.
    var pubmedURL: String?
    /// `https://doi.org/<doi>`.
    var doiURL: String?
    /// The stance.
    var stance: String
    /// The design, in words.
    var design: String
    /// The OCEBM-style level.
    var level: String
    /// Who or what was studied.
    var population: String
    /// Whether it counted toward the certainty.
    var counted: Bool
    /// Retracted.
    var retracted: Bool
    /// Under an expression of concern.
    var concern: Bool
    /// The editor's note.
    var citationNote: String?
    /// How the grader read it.
    var reasoning: String?
    /// The appraisal, in words (`risk of bias: low; outcome: surrogate`).
    var appraisalText: String?
    /// The change form's fields.
    var fields: [FieldView]

    /// The view of a graded citation.
    init(number: Int, _ citation: CitationAssessment) {
        let appraisal = citation.appraisal
        self.number = number
        key = citation.reference.description
        formatted = citation.formatted
        pubmedURL = citation.pmid.map { "https://pubmed.ncbi.nlm.nih.gov/\($0)/" }
        doiURL = citation.doi.map { "https://doi.org/" + $0 }
        stance = citation.stance.rawValue
        design = citation.design.label
        level = citation.level.description
        population = citation.population.label
        counted = citation.counted
        retracted = citation.retracted
        concern = citation.concern
        citationNote = citation.note
        reasoning = citation.reasoning.isEmpty ? nil : citation.reasoning.joined(separator: " ")
        appraisalText = appraisal.flatMap(Self.describe)
        let prefix = "c\(number)-"
        fields =
            [
                FieldView.choice(
                    id: prefix + "stance", name: "stance", label: "Stance",
                    values: Stance.allCases.map(\.rawValue), chosen: citation.stance.rawValue,
                    blank: nil, required: true),
                FieldView.area(
                    id: prefix + "note", name: "note", label: "Note (the finding in your words)",
                    value: citation.note),
            ] + Self.appraisalFields(prefix: prefix, Self.fieldValues(appraisal))
    }

    /// The appraisal fields of a citation form, filled from `values` (by field name).
    static func appraisalFields(prefix: String, _ values: [String: String]) -> [FieldView] {
        let flags = ["true", "false"]
        return [
            FieldView.choice(
                id: prefix + "risk-of-bias", name: "risk-of-bias", label: "Risk of bias",
                values: RiskOfBias.allCases.map(\.rawValue), chosen: values["risk-of-bias"]),
            FieldView.choice(
                id: prefix + "outcome", name: "outcome", label: "Outcome measured",
                values: OutcomeKind.allCases.filter { $0 != OutcomeKind.none }.map(\.rawValue),
                chosen: values["outcome"]),
            FieldView.choice(
                id: prefix + "funding", name: "funding", label: "Funding",
                values: Funding.allCases.map(\.rawValue), chosen: values["funding"]),
            FieldView.choice(
                id: prefix + "fit", name: "fit", label: "Fit to the statement",
                values: Fit.allCases.map(\.rawValue), chosen: values["fit"]),
            FieldView.text(
                id: prefix + "forms", name: "forms", label: "Forms studied",
                value: values["forms"], hint: "Comma-separated, as the policy names them."),
            FieldView.choice(
                id: prefix + "dose-response", name: "dose-response", label: "Dose-response",
                values: flags, chosen: values["dose-response"]),
            FieldView.choice(
                id: prefix + "large-effect", name: "large-effect", label: "Large effect",
                values: flags, chosen: values["large-effect"]),
            FieldView.text(
                id: prefix + "participants", name: "participants", label: "Participants",
                value: values["participants"], type: "number"),
            FieldView.choice(
                id: prefix + "pools", name: "pools", label: "A review pools",
                values: Pooled.allCases.map(\.rawValue), chosen: values["pools"]),
        ]
    }

    /// An appraisal as the values of the form's fields.
    static func fieldValues(_ appraisal: Appraisal?) -> [String: String] {
        guard let appraisal else { return [:] }
        var values: [String: String] = [:]
        values["risk-of-bias"] = appraisal.riskOfBias?.rawValue
        values["outcome"] = appraisal.outcome?.rawValue
        values["funding"] = appraisal.funding?.rawValue
        values["fit"] = appraisal.fit?.rawValue
        values["forms"] = appraisal.forms.isEmpty ? nil : appraisal.forms.joined(separator: ", ")
        values["dose-response"] = appraisal.doseResponse.map { String($0) }
        values["large-effect"] = appraisal.largeEffect.map { String($0) }
        values["participants"] = appraisal.participants.map { String($0) }
        values["pools"] = appraisal.pools?.rawValue
        return values
    }

    /// `risk of bias: low; outcome: surrogate; forms: MK-7`, or `nil` for no appraisal.
    static func describe(_ appraisal: Appraisal) -> String? {
        var parts: [String] = []
        if let value = appraisal.riskOfBias { parts.append("risk of bias: \(value.rawValue)") }
        if let value = appraisal.outcome { parts.append("outcome: \(value.rawValue)") }
        if let value = appraisal.funding { parts.append("funding: \(value.rawValue)") }
        if let value = appraisal.fit { parts.append("fit: \(value.rawValue)") }
        if !appraisal.forms.isEmpty {
            parts.append("forms: " + appraisal.forms.joined(separator: ", "))
        }
        if let value = appraisal.doseResponse { parts.append("dose-response: \(value)") }
        if let value = appraisal.largeEffect { parts.append("large effect: \(value)") }
        if let value = appraisal.participants { parts.append("participants: \(value)") }
        if let value = appraisal.pools { parts.append("pools: \(value.rawValue)") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
