import EvidentModel

/// Claim-file YAML as Evident writes it: whole claim files for `evident new`, and the
/// citation and review items `evident cite` and `evident review` add. Keys in the schema's
/// order (Claims/README.md); values through ``YAMLScalarWriter``.
public enum ClaimYAML {
    /// A whole claim file (`schema: evident-claim/1`).
    public static func file(_ claim: Claim) -> String {
        var text = "schema: evident-claim/1\n"
        text += YAMLScalarWriter.entry("id", claim.id.rawValue, indent: 0)
        text += YAMLScalarWriter.entry("document", claim.document, indent: 0)
        if let status = claim.status { text += "status: \(status.rawValue)\n" }
        text += YAMLScalarWriter.entry("quote", claim.quote, indent: 0)
        if let position = claim.position { text += self.position(position) }
        text += YAMLScalarWriter.entry("statement", claim.statement, indent: 0)
        text += "category: \(claim.category.rawValue)\n"
        if !claim.subjects.isEmpty {
            text += "subjects: \(YAMLScalarWriter.flowList(claim.subjects))\n"
        }
        if let outcome = claim.outcome {
            text += "outcome:\n" + YAMLScalarWriter.entry("name", outcome.name, indent: 2)
            text += "  kind: \(outcome.kind.rawValue)\n"
        }
        if let population = claim.population {
            text += YAMLScalarWriter.entry("population", population, indent: 0)
        }
        if !claim.keywords.isEmpty {
            text += "keywords: \(YAMLScalarWriter.flowList(claim.keywords))\n"
        }
        text += citations(claim.citations)
        if !claim.reviews.isEmpty {
            text += "reviews:\n" + claim.reviews.map { review($0, indent: 2) }.joined()
        }
        return text
    }

    /// The `position:` entry.
    public static func position(_ position: QuotePosition) -> String {
        var text = "position:\n"
        if let section = position.section {
            text += YAMLScalarWriter.entry("section", section, indent: 2)
        }
        return text
            + "  line: \(position.line)\n  start: \(position.start)\n  end: \(position.end)\n"
    }

    /// The `citations:` entry (`citations: []` when there is none).
    public static func citations(_ citations: [Citation]) -> String {
        guard !citations.isEmpty else { return "citations: []\n" }
        return "citations:\n" + citations.map { citation($0, indent: 2) }.joined()
    }

    /// One citation as a list item whose `-` sits at `indent`.
    public static func citation(_ citation: Citation, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var text = pad + "- ref: " + YAMLScalarWriter.quoted(citation.reference.description)
        text += "\n"
        let stance = citation.stance == .null ? "\"null\"" : citation.stance.rawValue
        text += pad + "  stance: \(stance)\n"
        if let appraisal = citation.appraisal {
            text += self.appraisal(appraisal, indent: indent + 2)
        }
        if let note = citation.note {
            text += YAMLScalarWriter.entry("note", note, indent: indent + 2)
        }
        return text
    }

    /// A citation's `appraisal:` mapping at `indent` (`appraisal: {}` when nothing is set).
    public static func appraisal(_ appraisal: Appraisal, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        guard !appraisal.isEmpty else { return pad + "appraisal: {}\n" }
        var text = pad + "appraisal:\n"
        func line(_ key: String, _ value: String?) {
            if let value { text += pad + "  \(key): \(value)\n" }
        }
        line("risk-of-bias", appraisal.riskOfBias?.rawValue)
        line("outcome", appraisal.outcome?.rawValue)
        line("funding", appraisal.funding?.rawValue)
        line("fit", appraisal.fit?.rawValue)
        if !appraisal.forms.isEmpty { line("forms", YAMLScalarWriter.flowList(appraisal.forms)) }
        line("dose-response", appraisal.doseResponse.map { $0 ? "true" : "false" })
        line("large-effect", appraisal.largeEffect.map { $0 ? "true" : "false" })
        line("participants", appraisal.participants.map(String.init))
        line("pools", appraisal.pools?.rawValue)
        return text
    }

    /// One review as a list item whose `-` sits at `indent`.
    public static func review(_ review: Review, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let first = YAMLScalarWriter.entry("reviewer", review.reviewer, indent: indent + 2)
        var text = pad + "- " + first.dropFirst(indent + 2)
        text += YAMLScalarWriter.entry("date", review.date, indent: indent + 2)
        text += pad + "  decision: \(review.decision.rawValue)\n"
        if let verdict = review.verdict { text += pad + "  verdict: \(verdict.rawValue)\n" }
        text += YAMLScalarWriter.entry("reason", review.reason, indent: indent + 2)
        if let fingerprint = review.fingerprint { text += pad + "  fingerprint: \(fingerprint)\n" }
        if !review.evidence.isEmpty {
            text += pad + "  evidence:\n"
            for entry in review.evidence {
                text += pad + "    - " + YAMLScalarWriter.inline(entry) + "\n"
            }
        }
        return text
    }
}
