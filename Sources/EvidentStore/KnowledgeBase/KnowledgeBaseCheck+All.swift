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

    static let claimPath = "Claims/doc/k2-is-a-vitamin.yaml"

    static let yamlSyntax = KnowledgeBaseCheck(
        id: "yaml-syntax", severity: .error,
        summary:
            "A claim or document file is not valid YAML (or not UTF-8 text, or larger than 1 MiB "
            + "for a claim file, 4 MiB for a document file).",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [
                claimPath: claim(
                    replacing: "quote: Vitamin K2 is a vitamin.",
                    with: "quote: Vitamin K2: a vitamin.")
            ],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:4:18: error: invalid YAML: mapping values are not allowed in this context [yaml-syntax]"
            ]))

    static let unknownKey = KnowledgeBaseCheck(
        id: "unknown-key", severity: .error,
        summary: "A key that the schema does not define (usually a typo).",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [
                claimPath: claim(
                    replacing: "category: definition",
                    with: "category: definition\ncategroy: efficacy")
            ],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:12:1: error: unknown key 'categroy' in claim (expected one of: schema, id, document, quote, statement, category, status, position, subjects, outcome, population, keywords, citations, reviews, review) [unknown-key]"
            ]))

    static let missingKey = KnowledgeBaseCheck(
        id: "missing-key", severity: .error,
        summary: "A required key is missing.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [claimPath: claim(replacing: "    stance: supports\n", with: "")],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:13:5: error: missing required key 'stance' in citation [missing-key]"
            ]))

    static let wrongType = KnowledgeBaseCheck(
        id: "wrong-type", severity: .error,
        summary:
            "A value of the wrong type: a list where text is expected, a word where a number is.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [claimPath: claim(replacing: "  line: 2", with: "  line: two")],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:7:9: error: expected a whole number ≥ 0 for 'line', found 'two' [wrong-type]"
            ]))

    static let unknownValue = KnowledgeBaseCheck(
        id: "unknown-value", severity: .error,
        summary:
            "An unknown stance, category, outcome kind, appraisal value, review decision, schema, "
            + "design or population.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [claimPath: claim(replacing: "stance: supports", with: "stance: proves")],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:14:13: error: unknown stance 'proves' (expected one of: supports, contradicts, null, mixed, background) [unknown-value]"
            ]))

    static let malformedValue = KnowledgeBaseCheck(
        id: "malformed-value", severity: .error,
        summary: "A claim id, reference key or date that is not written the expected way.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [claimPath: claim(replacing: "- ref: ods", with: "- ref: PMID 22489217")],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:13:10: error: invalid reference key 'PMID 22489217' (expected pmid:<digits>, doi:10.<prefix>/<suffix> or a local id of a-z, 0-9, '-' and '_') [malformed-value]"
            ]))

    static let duplicateClaimID = KnowledgeBaseCheck(
        id: "duplicate-claim-id", severity: .error,
        summary: "Two claim files declare the same id.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [
                "Claims/doc/k2-in-natto.yaml": KnowledgeBaseExample.base[
                    "Claims/doc/k2-in-natto.yaml", default: ""
                ]
                .replacingOccurrences(of: "id: k2-in-natto", with: "id: k2-is-a-vitamin")
            ],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:2:5: error: duplicate claim id 'k2-is-a-vitamin' (also in Claims/doc/k2-in-natto.yaml:2:5) [duplicate-claim-id]"
            ]),
        run: KnowledgeBaseChecks.duplicateClaimIDs)

    static let unknownDocument = KnowledgeBaseCheck(
        id: "unknown-document", severity: .error,
        summary: "A claim names a source document that has no `_document.yaml`.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [claimPath: claim(replacing: "document: doc", with: "document: article")],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:2:5: error: unknown document 'article' (expected one of: doc) [unknown-document]"
            ]),
        run: KnowledgeBaseChecks.unknownDocuments)

    static let unresolvedCitation = KnowledgeBaseCheck(
        id: "unresolved-citation", severity: .error,
        summary: "A citation whose key matches no reference in `Sources-Refs/`.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [claimPath: claim(replacing: "- ref: ods", with: "- ref: \"pmid:22489217\"")],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:13:10: error: citation 'pmid:22489217' resolves to no reference in Sources-Refs/ [unresolved-citation]"
            ]),
        run: KnowledgeBaseChecks.unresolvedCitations)

    static let duplicateReferenceKey = KnowledgeBaseCheck(
        id: "duplicate-reference-key", severity: .error,
        summary: "Two references are reachable under the same key (same id, PMID or DOI).",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [
                "Sources-Refs/more.json": """
                [{"id": "natto-again", "title": "Vitamin K2 in natto", "DOI": "10.1000/NATTO"}]

                """
            ],
            diagnostics: [
                "Sources-Refs/refs.json:4:10: error: reference key 'doi:10.1000/natto' is defined twice (also in Sources-Refs/more.json:1:9) [duplicate-reference-key]"
            ]))

    static let referenceFileUnreadable = KnowledgeBaseCheck(
        id: "reference-file-unreadable", severity: .error,
        summary:
            "A file in `Sources-Refs/` that is not valid PubMed XML or CSL-JSON (or a CSL-JSON "
            + "file larger than 16 MiB).",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [
                "Sources-Refs/refs.json": references(replacing: "\"mixed\"}},", with: "\"mixed\"}}")
            ],
            diagnostics: [
                "Sources-Refs/refs.json:4:3: error: invalid JSON: invalid value [reference-file-unreadable]"
            ]))

    static let quoteNotFound = KnowledgeBaseCheck(
        id: "quote-not-found", severity: .error,
        summary:
            "A quote (or non-claim span) that is not, character for character, in its document.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [
                claimPath: claim(
                    replacing: "quote: Vitamin K2 is a vitamin.",
                    with: "quote: Vitamin K2 is a Vitamin.")
            ],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:4:8: error: quote not found verbatim in document 'doc' (a match that differs only in case or spacing exists) [quote-not-found]"
            ]),
        run: KnowledgeBaseChecks.quotesNotFound)

    static let positionMismatch = KnowledgeBaseCheck(
        id: "position-mismatch", severity: .error,
        summary: "A quote's `position` (line, offsets, section) disagrees with where the quote is.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [claimPath: claim(replacing: "  start: 15", with: "  start: 14")],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:6:3: error: position does not match the quote (expected section 'Q: What is it?', line 2, start 15, end 39) [position-mismatch]"
            ]),
        run: KnowledgeBaseChecks.positionMismatches)

    static let citedRetractedOrCorrected = KnowledgeBaseCheck(
        id: "cited-retracted-or-corrected", severity: .warning,
        summary:
            "A retracted or corrected reference cited as `supports` (a corrected one passes when the claim also cites the notice).",
        passing: KnowledgeBaseExample(
            files: [
                "Sources-Refs/refs.json": references(
                    replacing: "\"population\": \"mixed\"",
                    with: "\"population\": \"mixed\", \"retracted\": true")
            ]
            .merging([claimPath: claim(replacing: "stance: supports", with: "stance: background")])
            { $1 }),
        failing: KnowledgeBaseExample(
            files: [
                "Sources-Refs/refs.json": references(
                    replacing: "\"population\": \"mixed\"",
                    with: "\"population\": \"mixed\", \"retracted\": true")
            ],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:13:10: warning: reference 'ods' is retracted but cited as 'supports' [cited-retracted-or-corrected]"
            ]),
        run: KnowledgeBaseChecks.retractedOrCorrectedSupport)

    static let pubmedDTDInvalid = KnowledgeBaseCheck(
        id: "pubmed-dtd-invalid", severity: .warning,
        summary:
            "A PubMed XML file that is not valid against NLM's PubMed DTD (a partial reconstruction or a damaged export): the warning names the parts it lacks.",
        passing: KnowledgeBaseExample(files: ["Sources-Refs/pubmed-1.xml": pubmedRecord()]),
        failing: KnowledgeBaseExample(
            files: [
                "Sources-Refs/pubmed-1.xml": pubmedRecord(
                    replacing: [
                        "    <MedlineCitation Status=\"PubMed-not-MEDLINE\" Owner=\"NLM\">":
                            "    <MedlineCitation>", "        <Language>eng</Language>\n": "",
                    ])
            ],
            diagnostics: [
                "Sources-Refs/pubmed-1.xml:4: warning: not valid against the PubMed DTD (pubmed_250101.dtd): missing Language in Article and attribute Status of MedlineCitation; other PubMed tools will reject it [pubmed-dtd-invalid]"
            ]))

    static let uncoveredStatement = KnowledgeBaseCheck(
        id: "uncovered-statement", severity: .warning,
        summary:
            "A statement of a source document that no claim quotes and no `non-claims` span declares.",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: ["Claims/doc/k2-in-natto.yaml": ""],
            diagnostics: [
                "Claims/doc/_document.yaml:11:28: warning: statement not covered by any claim: 'It is found in natto.' [uncovered-statement]"
            ]),
        run: KnowledgeBaseChecks.uncoveredStatements)

    static let draftClaim = KnowledgeBaseCheck(
        id: "draft-claim", severity: .info,
        summary:
            "A claim still marked `status: draft` (proposed by `evident new`, not yet checked by an editor).",
        passing: KnowledgeBaseExample(),
        failing: KnowledgeBaseExample(
            files: [
                claimPath: claim(replacing: "document: doc", with: "document: doc\nstatus: draft")
            ],
            diagnostics: [
                "Claims/doc/k2-is-a-vitamin.yaml:2:5: info: claim 'k2-is-a-vitamin' is a draft: check its statement, category, subjects and outcome, then remove 'status: draft' [draft-claim]"
            ]),
        run: KnowledgeBaseChecks.drafts)

    private static func claim(replacing old: String, with new: String) -> String {
        KnowledgeBaseExample.claim(replacing: old, with: new)
    }

    private static func references(replacing old: String, with new: String) -> String {
        KnowledgeBaseExample.references(replacing: old, with: new)
    }

    /// A complete PubMed record (valid against the DTD), with texts replaced.
    private static func pubmedRecord(replacing changes: [String: String] = [:]) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <PubmedArticleSet>
              <PubmedArticle>
                <MedlineCitation Status="PubMed-not-MEDLINE" Owner="NLM">
                  <PMID Version="1">1</PMID>
                  <Article PubModel="Print">
                    <Journal>
                      <JournalIssue CitedMedium="Print">
                        <PubDate>
                          <Year>2000</Year>
                        </PubDate>
                      </JournalIssue>
                      <Title>A journal</Title>
                    </Journal>
                    <ArticleTitle>Vitamin K2 in natto.</ArticleTitle>
                    <Pagination>
                      <MedlinePgn>1-2</MedlinePgn>
                    </Pagination>
                    <Language>eng</Language>
                    <PublicationTypeList>
                      <PublicationType UI="D016428">Journal Article</PublicationType>
                    </PublicationTypeList>
                  </Article>
                  <MedlineJournalInfo>
                    <MedlineTA>J</MedlineTA>
                  </MedlineJournalInfo>
                </MedlineCitation>
                <PubmedData>
                  <PublicationStatus>ppublish</PublicationStatus>
                  <ArticleIdList>
                    <ArticleId IdType="pubmed">1</ArticleId>
                  </ArticleIdList>
                </PubmedData>
              </PubmedArticle>
            </PubmedArticleSet>

            """
        for (old, new) in changes { text = text.replacingOccurrences(of: old, with: new) }
        return text + "\n"
    }
}
