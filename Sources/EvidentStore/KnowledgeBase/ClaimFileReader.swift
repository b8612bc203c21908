import EvidentModel
import Yams

/// Reads one claim file (`schema: evident-claim/1`).
struct ClaimFileReader {
    /// The schema this reader understands.
    static let schema = "evident-claim/1"
    /// The longest statement, in characters: a statement is one checkable sentence (the
    /// longest of the bundled knowledge base has about 100); it becomes a search query and is
    /// matched against copy, so its length bounds that work.
    static let maximumStatementLength = 1_000
    static let required = ["schema", "id", "document", "quote", "statement", "category"]
    static let optional = [
        "status", "position", "subjects", "outcome", "population", "keywords", "citations",
        "reviews", "review",
    ]

    /// Reads `text` from `path`; returns the record (or `nil`) and the problems found.
    static func read(_ text: String, path: String) -> (ClaimRecord?, [Diagnostic]) {
        var reader = YAMLReader(path: path)
        guard
            let fields = reader.record(
                text, what: "claim", schema: schema, required: required, optional: optional)
        else { return (nil, reader.diagnostics) }
        let id = reader.id(fields["id"]?.value, what: "claim")
        let document = reader.string(fields["document"]?.value, key: "document")
        let quote = reader.string(fields["quote"]?.value, key: "quote")
        var statement = reader.string(fields["statement"]?.value, key: "statement")
        if let text = statement, text.count > Self.maximumStatementLength {
            reader.report(
                "malformed-value",
                "statement too long (\(text.count) characters; expected at most "
                    + "\(Self.maximumStatementLength): one sentence)",
                at: fields["statement"]?.value)
            statement = nil
        }
        let category = reader.value(
            ClaimCategory.self, fields["category"]?.value, key: "category", name: "category")
        let position = fields["position"].flatMap { readPosition($0.value, &reader) }
        let subjects = reader.strings(fields["subjects"]?.value, key: "subjects")
        let outcome = fields["outcome"].flatMap { readOutcome($0.value, &reader) }
        let population = reader.string(fields["population"]?.value, key: "population")
        let keywords = reader.strings(fields["keywords"]?.value, key: "keywords")
        let citations = reader.list(fields["citations"]?.value, key: "citations")
            .compactMap { readCitation($0, &reader) }
        let status = reader.value(
            ClaimStatus.self, fields["status"]?.value, key: "status", name: "status")
        // `review:` (one mapping, a verdict as decision) is the format before `reviews:`.
        let legacy = fields["review"].flatMap { readLegacyReview($0.value, &reader) }
        let reviews =
            (legacy.map { [$0] } ?? [])
            + reader.list(fields["reviews"]?.value, key: "reviews").compactMap {
                readReview($0, &reader)
            }

        guard let id, let document, let quote, let statement, let category
        else { return (nil, reader.diagnostics) }
        let claim = Claim(
            id: id, document: document, quote: quote, position: position, statement: statement,
            category: category, subjects: subjects, outcome: outcome, population: population,
            keywords: keywords, citations: citations, status: status, reviews: reviews,
            location: reader.location(fields["id"]?.value))
        let record = ClaimRecord(
            claim: claim, quoteLocation: reader.location(fields["quote"]?.value),
            positionLocation: fields["position"].map { reader.location($0.value) })
        return (record, reader.diagnostics)
    }

    private static func readPosition(_ node: Node, _ reader: inout YAMLReader) -> QuotePosition? {
        guard
            let fields = reader.mapping(
                node, what: "position", required: ["line", "start", "end"], optional: ["section"])
        else { return nil }
        let section = reader.string(fields["section"]?.value, key: "section")
        guard let line = reader.int(fields["line"]?.value, key: "line"),
            let start = reader.int(fields["start"]?.value, key: "start"),
            let end = reader.int(fields["end"]?.value, key: "end")
        else { return nil }
        return QuotePosition(section: section, line: line, start: start, end: end)
    }

    private static func readOutcome(_ node: Node, _ reader: inout YAMLReader) -> Outcome? {
        guard
            let fields = reader.mapping(
                node, what: "outcome", required: ["name", "kind"], optional: [])
        else { return nil }
        let name = reader.string(fields["name"]?.value, key: "name")
        let kind = reader.value(
            OutcomeKind.self, fields["kind"]?.value, key: "kind", name: "outcome kind")
        guard let name, let kind else { return nil }
        return Outcome(name: name, kind: kind)
    }

    private static func readCitation(_ node: Node, _ reader: inout YAMLReader) -> Citation? {
        guard
            let fields = reader.mapping(
                node, what: "citation", required: ["ref", "stance"],
                optional: ["appraisal", "note"])
        else { return nil }
        var key: ReferenceKey?
        if let node = fields["ref"]?.value, let text = reader.string(node, key: "ref") {
            key = ReferenceKey(text)
            if key == nil {
                reader.report(
                    "malformed-value",
                    "invalid reference key '\(text)' (expected pmid:<digits>, "
                        + "doi:10.<prefix>/<suffix> or a local id of a-z, 0-9, '-' and '_')",
                    at: node)
            }
        }
        var stance: Stance?
        if let node = fields["stance"]?.value {
            // `stance: null` is the stance *null*, not a missing value.
            if let scalar = node.scalar, scalar.string == "null" {
                stance = .null
            } else {
                stance = reader.value(Stance.self, node, key: "stance", name: "stance")
            }
        }
        let appraisal = fields["appraisal"].flatMap { readAppraisal($0.value, &reader) }
        let note = reader.string(fields["note"]?.value, key: "note")
        guard let key, let stance else { return nil }
        return Citation(
            reference: key, stance: stance, appraisal: appraisal, note: note,
            location: reader.location(fields["ref"]?.value))
    }

    /// The keys of an appraisal, in the order `Claims/README.md` documents them.
    static let appraisalKeys = [
        "risk-of-bias", "outcome", "funding", "fit", "forms", "dose-response", "large-effect",
        "participants", "pools",
    ]

    private static func readAppraisal(_ node: Node, _ reader: inout YAMLReader) -> Appraisal? {
        guard
            let fields = reader.mapping(
                node, what: "appraisal", required: [], optional: appraisalKeys)
        else { return nil }
        var appraisal = Appraisal()
        appraisal.riskOfBias = reader.value(
            RiskOfBias.self, fields["risk-of-bias"]?.value, key: "risk-of-bias",
            name: "risk of bias")
        appraisal.outcome = reader.value(
            OutcomeKind.self, fields["outcome"]?.value, key: "outcome", name: "outcome",
            excluding: [.none])
        appraisal.funding = reader.value(
            Funding.self, fields["funding"]?.value, key: "funding", name: "funding")
        appraisal.fit = reader.value(Fit.self, fields["fit"]?.value, key: "fit", name: "fit")
        appraisal.forms = reader.strings(fields["forms"]?.value, key: "forms")
        appraisal.doseResponse = reader.bool(
            fields["dose-response"]?.value, key: "dose-response")
        appraisal.largeEffect = reader.bool(fields["large-effect"]?.value, key: "large-effect")
        appraisal.participants = reader.int(
            fields["participants"]?.value, key: "participants",
            maximum: Appraisal.maximumParticipants)
        appraisal.pools = reader.value(
            Pooled.self, fields["pools"]?.value, key: "pools", name: "pooled studies")
        return appraisal
    }

    private static func readReview(_ node: Node, _ reader: inout YAMLReader) -> Review? {
        guard
            let fields = reader.mapping(
                node, what: "review", required: ["reviewer", "date", "decision", "reason"],
                optional: ["verdict", "fingerprint", "evidence"])
        else { return nil }
        let reviewer = reader.string(fields["reviewer"]?.value, key: "reviewer")
        let date = reader.date(fields["date"]?.value, key: "date")
        let decision = reader.value(
            ReviewDecision.self, fields["decision"]?.value, key: "decision", name: "decision")
        let verdict = reader.value(
            Verdict.self, fields["verdict"]?.value, key: "verdict", name: "verdict")
        let reason = reader.string(fields["reason"]?.value, key: "reason")
        var fingerprint: String?
        if let node = fields["fingerprint"]?.value,
            let text = reader.string(node, key: "fingerprint")
        {
            if text.count == 64,
                text.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit })
                    && text == text.lowercased()
            {
                fingerprint = text
            } else {
                reader.report(
                    "malformed-value",
                    "invalid fingerprint '\(text)' (expected 64 lowercase hexadecimal digits)",
                    at: node)
            }
        }
        let evidence = reader.strings(fields["evidence"]?.value, key: "evidence")
        if decision == .override, verdict == nil, fields["verdict"] == nil {
            reader.report(
                "missing-key",
                "missing required key 'verdict' in review (an override names the verdict: "
                    + "supported, weak or unsupported)", at: node)
            return nil
        }
        if let decision, decision != .override, let node = fields["verdict"]?.key {
            reader.report(
                "unknown-key",
                "unexpected key 'verdict' in review with decision '\(decision.rawValue)' "
                    + "(only an override names a verdict)", at: node)
            return nil
        }
        guard let reviewer, let date, let decision, let reason else { return nil }
        return Review(
            reviewer: reviewer, date: date, decision: decision, verdict: verdict, reason: reason,
            fingerprint: fingerprint, evidence: evidence, location: reader.location(node))
    }

    /// A `review:` mapping as written before `reviews:`: its decision is a verdict, read as an
    /// override with that verdict and no fingerprint.
    private static func readLegacyReview(_ node: Node, _ reader: inout YAMLReader) -> Review? {
        guard
            let fields = reader.mapping(
                node, what: "review", required: ["reviewer", "date", "decision", "reason"],
                optional: [])
        else { return nil }
        let reviewer = reader.string(fields["reviewer"]?.value, key: "reviewer")
        let date = reader.date(fields["date"]?.value, key: "date")
        let verdict = reader.value(
            Verdict.self, fields["decision"]?.value, key: "decision", name: "decision")
        let reason = reader.string(fields["reason"]?.value, key: "reason")
        guard let reviewer, let date, let verdict, let reason else { return nil }
        return Review(
            reviewer: reviewer, date: date, decision: .override, verdict: verdict, reason: reason,
            location: reader.location(node))
    }
}
