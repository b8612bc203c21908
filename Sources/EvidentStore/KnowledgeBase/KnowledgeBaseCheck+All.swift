import EvidentModel

extension KnowledgeBaseCheck {
    /// Every check, in the order `evident validate` documents them.
    public static let all: [KnowledgeBaseCheck] = [
        yamlSyntax, unknownKey, missingKey, wrongType, unknownValue, malformedValue,
        duplicateClaimID, unknownDocument, unresolvedCitation, duplicateReferenceKey,
        referenceFileUnreadable, quoteNotFound, positionMismatch, citedRetractedOrCorrected,
        pubmedDTDInvalid, uncoveredStatement, draftClaim,
    ]

    /// The check with a given id.
    public static func named(_ id: String) -> KnowledgeBaseCheck? { all.first { $0.id == id } }

    static let yamlSyntax = KnowledgeBaseCheck(
        id: "yaml-syntax", severity: .error,
        summary:
            "A claim or document file is not valid YAML (or not UTF-8 text, or larger than 1 MiB "
            + "for a claim file, 4 MiB for a document file).")

    static let unknownKey = KnowledgeBaseCheck(
        id: "unknown-key", severity: .error,
        summary: "A key that the schema does not define (usually a typo).")

    static let missingKey = KnowledgeBaseCheck(
        id: "missing-key", severity: .error,
        summary: "A required key is missing.")

    static let wrongType = KnowledgeBaseCheck(
        id: "wrong-type", severity: .error,
        summary:
            "A value of the wrong type: a list where text is expected, a word where a number is.")

    static let unknownValue = KnowledgeBaseCheck(
        id: "unknown-value", severity: .error,
        summary:
            "An unknown stance, category, outcome kind, appraisal value, review decision, schema, "
            + "design or population.")

    static let malformedValue = KnowledgeBaseCheck(
        id: "malformed-value", severity: .error,
        summary: "A claim id, reference key or date that is not written the expected way.")

    static let duplicateClaimID = KnowledgeBaseCheck(
        id: "duplicate-claim-id", severity: .error,
        summary: "Two claim files declare the same id.",
        run: KnowledgeBaseChecks.duplicateClaimIDs)

    static let unknownDocument = KnowledgeBaseCheck(
        id: "unknown-document", severity: .error,
        summary: "A claim names a source document that has no `_document.yaml`.",
        run: KnowledgeBaseChecks.unknownDocuments)

    static let unresolvedCitation = KnowledgeBaseCheck(
        id: "unresolved-citation", severity: .error,
        summary: "A citation whose key matches no reference in `Sources-Refs/`.",
        run: KnowledgeBaseChecks.unresolvedCitations)

    static let duplicateReferenceKey = KnowledgeBaseCheck(
        id: "duplicate-reference-key", severity: .error,
        summary: "Two references are reachable under the same key (same id, PMID or DOI).")

    static let referenceFileUnreadable = KnowledgeBaseCheck(
        id: "reference-file-unreadable", severity: .error,
        summary:
            "A file in `Sources-Refs/` that is not valid PubMed XML or CSL-JSON (or a CSL-JSON "
            + "file larger than 16 MiB).")

    static let quoteNotFound = KnowledgeBaseCheck(
        id: "quote-not-found", severity: .error,
        summary:
            "A quote (or non-claim span) that is not, character for character, in its document.",
        run: KnowledgeBaseChecks.quotesNotFound)

    static let positionMismatch = KnowledgeBaseCheck(
        id: "position-mismatch", severity: .error,
        summary: "A quote's `position` (line, offsets, section) disagrees with where the quote is.",
        run: KnowledgeBaseChecks.positionMismatches)

    static let citedRetractedOrCorrected = KnowledgeBaseCheck(
        id: "cited-retracted-or-corrected", severity: .warning,
        summary:
            "A retracted or corrected reference cited as `supports` (a corrected one passes when the claim also cites the notice).",
        run: KnowledgeBaseChecks.retractedOrCorrectedSupport)

    static let pubmedDTDInvalid = KnowledgeBaseCheck(
        id: "pubmed-dtd-invalid", severity: .warning,
        summary:
            "A PubMed XML file that is not valid against NLM's PubMed DTD (a partial reconstruction or a damaged export): the warning names the parts it lacks."
    )

    static let uncoveredStatement = KnowledgeBaseCheck(
        id: "uncovered-statement", severity: .warning,
        summary:
            "A statement of a source document that no claim quotes and no `non-claims` span declares.",
        run: KnowledgeBaseChecks.uncoveredStatements)

    static let draftClaim = KnowledgeBaseCheck(
        id: "draft-claim", severity: .info,
        summary:
            "A claim still marked `status: draft` (proposed by `evident new`, not yet checked by an editor).",
        run: KnowledgeBaseChecks.drafts)
}
