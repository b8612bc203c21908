import EvidentModel
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentStore

/// Every check's passing and failing examples (they are its documentation) run here.
struct ValidationCheckTests {
    @Test(arguments: KnowledgeBaseCheck.all.map(\.id))
    func passingExampleIsClean(id: String) throws {
        let check = try #require(KnowledgeBaseCheck.named(id))
        let (_, diagnostics) = try validate(files: try check.examples().passing.files)
        #expect(diagnostics.map(\.description) == [])
    }

    @Test(arguments: KnowledgeBaseCheck.all.map(\.id))
    func failingExamplePrintsExactly(id: String) throws {
        let check = try #require(KnowledgeBaseCheck.named(id))
        let failing = try check.examples().failing
        let (_, diagnostics) = try validate(files: failing.files)
        let own = diagnostics.filter { $0.id == id }
        #expect(own.map(\.description) == failing.diagnostics)
        #expect(!own.isEmpty)
        #expect(own.allSatisfy { $0.severity == check.severity })
    }

    /// The examples data has exactly the checks' ids: no check without examples, no orphan.
    @Test func everyCheckHasItsExamplesAndNoOther() throws {
        let examples = try CheckExamples.bundled()
        #expect(Set(examples.examples.keys) == Set(KnowledgeBaseCheck.all.map(\.id)))
        for check in KnowledgeBaseCheck.all {
            #expect(!(try check.examples().failing.diagnostics.isEmpty), "\(check.id)")
        }
    }

    @Test func idsAreUniqueAndKebabCase() {
        let ids = KnowledgeBaseCheck.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
        }
    }

    @Test func baseExampleIsCleanWithoutOverrides() throws {
        let (load, diagnostics) = try validate(files: [:])
        #expect(diagnostics.isEmpty)
        #expect(load.knowledgeBase.claims.map(\.id.rawValue) == ["k2-in-natto", "k2-is-a-vitamin"])
    }

    @Test func reportsEveryProblemNotTheFirst() throws {
        let claim = """
            schema: evident-claim/2
            id: Bad_ID
            document: doc
            quote: Vitamin K2 is a vitamin.
            statement: Vitamin K2 is a vitamin.
            category: benefit
            outcome: {name: bones, kind: hard}
            citations:
              - ref: ods
                stance: proves
                extra: 1
            review: {reviewer: A. Reviewer, date: 24/11/2026, decision: true, reason: ok}

            """
        let (_, diagnostics) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": claim])
        let path = "Claims/doc/k2-is-a-vitamin.yaml"
        #expect(
            diagnostics.filter { $0.location.path == path }.map(\.description) == [
                "\(path):1:9: error: unknown schema 'evident-claim/2' (expected one of: evident-claim/1) [unknown-value]",
                "\(path):2:5: error: invalid claim id 'Bad_ID' (expected kebab-case: a-z, 0-9 and single hyphens) [malformed-value]",
                "\(path):6:11: error: unknown category 'benefit' (expected one of: definition, mechanism, composition, efficacy, disease, safety, regulatory) [unknown-value]",
                "\(path):7:30: error: unknown outcome kind 'hard' (expected one of: clinical, surrogate, mechanistic, none) [unknown-value]",
                "\(path):10:13: error: unknown stance 'proves' (expected one of: supports, contradicts, null, mixed, background) [unknown-value]",
                "\(path):11:5: error: unknown key 'extra' in citation (expected one of: ref, stance, appraisal, note) [unknown-key]",
                "\(path):12:39: error: invalid date '24/11/2026' (expected YYYY-MM-DD) [malformed-value]",
                "\(path):12:61: error: unknown decision 'true' (expected one of: supported, weak, unsupported) [unknown-value]",
            ])
    }

    @Test func appraisalIsReadField() throws {
        let claim = KnowledgeBaseExample.claim(
            replacing: "    stance: supports\n",
            with: """
                    stance: supports
                    appraisal:
                      risk-of-bias: some
                      outcome: surrogate
                      funding: industry
                      fit: partial
                      forms: [MK-7, MK-4]
                      dose-response: true
                      large-effect: false
                      participants: 244
                      pools: trials
                    note: People read this; the grader does not.

                """)
        let (load, diagnostics) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": claim])
        #expect(diagnostics.isEmpty)
        let read = try #require(
            load.knowledgeBase.claims.first { $0.id.rawValue == "k2-is-a-vitamin" })
        #expect(
            read.citations.first?.appraisal
                == Appraisal(
                    riskOfBias: .some, outcome: .surrogate, funding: .industry, fit: .partial,
                    forms: ["MK-7", "MK-4"], doseResponse: true, largeEffect: false,
                    participants: 244, pools: .trials))
        #expect(read.citations.first?.note == "People read this; the grader does not.")
    }

    @Test func appraisalVocabularyIsChecked() throws {
        let claim = KnowledgeBaseExample.claim(
            replacing: "    stance: supports\n",
            with: """
                    stance: supports
                    appraisal:
                      risk-of-bias: unclear
                      outcome: none
                      funding: pharma
                      fit: exact
                      forms: MK-7
                      dose-response: yes
                      participants: many
                      blinded: true
                      pools: cohorts

                """)
        let (_, diagnostics) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": claim])
        let path = "Claims/doc/k2-is-a-vitamin.yaml"
        #expect(
            diagnostics.filter { $0.location.path == path }.map(\Diagnostic.description) == [
                "\(path):16:21: error: unknown risk of bias 'unclear' (expected one of: low, some, high) [unknown-value]",
                "\(path):17:16: error: unknown outcome 'none' (expected one of: clinical, surrogate, mechanistic) [unknown-value]",
                "\(path):18:16: error: unknown funding 'pharma' (expected one of: industry, independent, mixed, unknown) [unknown-value]",
                "\(path):19:12: error: unknown fit 'exact' (expected one of: full, partial) [unknown-value]",
                "\(path):20:14: error: expected a list for 'forms', found text [wrong-type]",
                "\(path):21:22: error: expected true or false for 'dose-response', found 'yes' [wrong-type]",
                "\(path):22:21: error: expected a whole number from 0 to 10000000000 for 'participants', found 'many' [wrong-type]",
                "\(path):23:7: error: unknown key 'blinded' in appraisal (expected one of: risk-of-bias, outcome, funding, fit, forms, dose-response, large-effect, participants, pools) [unknown-key]",
                "\(path):24:14: error: unknown pooled studies 'cohorts' (expected one of: trials, observational) [unknown-value]",
            ])
    }

    @Test(arguments: [
        ("10000000001", true), ("99999999999999999999", true), ("10000000000", false),
    ])
    func aParticipantCountBeyondEveryoneAliveIsReported(count: String, reported: Bool) throws {
        let claim = KnowledgeBaseExample.claim(
            replacing: "    stance: supports\n",
            with: "    stance: supports\n    appraisal:\n      participants: \(count)\n")
        let (_, diagnostics) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": claim])
        let path = "Claims/doc/k2-is-a-vitamin.yaml"
        let expected =
            "\(path):16:21: error: expected a whole number from 0 to 10000000000 for "
            + "'participants', found '\(count)' [wrong-type]"
        #expect(
            diagnostics.filter { $0.location.path == path }.map(\.description)
                == (reported ? [expected] : []))
    }

    @Test func wrongTypesSayWhatWasExpected() throws {
        let claim = KnowledgeBaseExample.base["Claims/doc/k2-is-a-vitamin.yaml", default: ""]
            .replacingOccurrences(
                of: "category: definition", with: "category: [definition]\nsubjects: vitamin K2")
        let (_, diagnostics) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": claim])
        #expect(
            diagnostics.map(\.description) == [
                "Claims/doc/_document.yaml:11:3: warning: statement not covered by any claim: 'Vitamin K2 is a vitamin.' [uncovered-statement]",
                "Claims/doc/k2-is-a-vitamin.yaml:11:11: error: expected text for 'category', found a list [wrong-type]",
                "Claims/doc/k2-is-a-vitamin.yaml:12:11: error: expected a list for 'subjects', found text [wrong-type]",
            ])
    }

    @Test func missingDocumentKeysAndBadNonClaims() throws {
        let document = """
            schema: evident-document/1
            id: doc
            title: A test document
            retrieved: 2026-01-01
            non-claims:
              - text: "Q: Who is it?"
                reason: question
            text: |-
              Q: What is it?
              Vitamin K2 is a vitamin. It is found in natto.

            """
        let (_, diagnostics) = try validate(files: ["Claims/doc/_document.yaml": document])
        #expect(
            diagnostics.map(\.description) == [
                "Claims/doc/_document.yaml:1:1: error: missing required key 'origin' in document [missing-key]",
                "Claims/doc/k2-in-natto.yaml:2:5: error: unknown document 'doc' (expected one of: ) [unknown-document]",
                "Claims/doc/k2-is-a-vitamin.yaml:2:5: error: unknown document 'doc' (expected one of: ) [unknown-document]",
            ])
    }

    @Test func nonClaimTextMustBeVerbatim() throws {
        let document = KnowledgeBaseExample.base["Claims/doc/_document.yaml", default: ""]
            .replacingOccurrences(
                of: "- text: \"Q: What is it?\"", with: "- text: \"Q: Who is it?\"")
        let (_, diagnostics) = try validate(files: ["Claims/doc/_document.yaml": document])
        #expect(
            diagnostics.map(\.description) == [
                "Claims/doc/_document.yaml:7:11: error: non-claim text not found verbatim in document 'doc' [quote-not-found]",
                "Claims/doc/_document.yaml:10:3: warning: statement not covered by any claim: 'Q: What is it?' [uncovered-statement]",
            ])
    }

    @Test func correctedReferencePassesWhenTheNoticeIsCited() throws {
        let pubmed = """
            <?xml version="1.0"?>
            <PubmedArticleSet>
              <PubmedArticle><MedlineCitation><PMID>100</PMID><Article><ArticleTitle>A trial</ArticleTitle>
                <PublicationTypeList><PublicationType UI="D016449">Randomized Controlled Trial</PublicationType></PublicationTypeList></Article>
                <CommentsCorrectionsList><CommentsCorrections RefType="ErratumIn"><RefSource>J. 2020</RefSource><PMID>200</PMID></CommentsCorrections></CommentsCorrectionsList>
              </MedlineCitation></PubmedArticle>
              <PubmedArticle><MedlineCitation><PMID>200</PMID><Article><ArticleTitle>Erratum</ArticleTitle>
                <PublicationTypeList><PublicationType UI="D016425">Published Erratum</PublicationType></PublicationTypeList></Article>
              </MedlineCitation></PubmedArticle>
            </PubmedArticleSet>

            """
        let cites = KnowledgeBaseExample.base["Claims/doc/k2-is-a-vitamin.yaml", default: ""]
            .replacingOccurrences(of: "- ref: ods", with: "- ref: \"pmid:100\"")
        // (The fixture's records are partial PubMed XML: their DTD warnings are not the point.)
        let (_, warned) = try validate(files: [
            "Sources-Refs/trial.xml": pubmed, "Claims/doc/k2-is-a-vitamin.yaml": cites,
        ])
        #expect(
            warned.filter { $0.id != "pubmed-dtd-invalid" }.map(\.description) == [
                "Claims/doc/k2-is-a-vitamin.yaml:13:10: warning: reference 'pmid:100' has a published correction but is cited as 'supports' (expected the claim to cite the notice too) [cited-retracted-or-corrected]"
            ])
        let withNotice = cites + "  - ref: \"pmid:200\"\n    stance: background\n"
        let (_, clean) = try validate(files: [
            "Sources-Refs/trial.xml": pubmed, "Claims/doc/k2-is-a-vitamin.yaml": withNotice,
        ])
        #expect(clean.filter { $0.id != "pubmed-dtd-invalid" }.isEmpty)
    }

    @Test func partlyCoveredStatementsAreReportedFromThreeWords() throws {
        let natto = KnowledgeBaseExample.base["Claims/doc/k2-in-natto.yaml", default: ""]
        let (_, three) = try validate(files: [
            "Claims/doc/k2-in-natto.yaml": natto.replacingOccurrences(
                of: "quote: It is found in natto.", with: "quote: natto")
        ])
        #expect(
            three.map(\.description) == [
                "Claims/doc/_document.yaml:11:28: warning: statement only partly covered by claims; "
                    + "not covered: 'It is found in' [uncovered-statement]"
            ])
        let (_, two) = try validate(files: [
            "Claims/doc/k2-in-natto.yaml": natto.replacingOccurrences(
                of: "quote: It is found in natto.", with: "quote: found in natto")
        ])
        #expect(two.isEmpty)
    }

    @Test func coverageSplitsStatementsLikeTheChecker() throws {
        // One splitter: "approx." and "e.g." end no statement, so one quote covers the sentence.
        let sentence = "Take approx. 2.5 mg, e.g. with food."
        let document = KnowledgeBaseExample.base["Claims/doc/_document.yaml", default: ""]
            .replacingOccurrences(
                of: "It is found in natto.", with: "It is found in natto. \(sentence)")
        let claim = """
            schema: evident-claim/1
            id: dose
            document: doc
            quote: \(sentence)
            statement: The dose is about 2.5 mg with food.
            category: safety

            """
        let (_, covered) = try validate(files: [
            "Claims/doc/_document.yaml": document, "Claims/doc/dose.yaml": claim,
        ])
        #expect(covered.isEmpty)
        let (_, uncovered) = try validate(files: ["Claims/doc/_document.yaml": document])
        #expect(
            uncovered.map(\.description) == [
                "Claims/doc/_document.yaml:11:50: warning: statement not covered by any claim: "
                    + "'\(sentence)' [uncovered-statement]"
            ])
    }

    @Test func plainNullIsTheStanceNull() throws {
        let claim = KnowledgeBaseExample.base["Claims/doc/k2-is-a-vitamin.yaml", default: ""]
            .replacingOccurrences(of: "stance: supports", with: "stance: null")
        let (load, diagnostics) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": claim])
        #expect(diagnostics.isEmpty)
        let read = load.knowledgeBase.claims.first { $0.id.rawValue == "k2-is-a-vitamin" }
        #expect(read?.citations.map(\.stance) == [.null])
    }

    @Test func fileLevelMessages() throws {
        let document = KnowledgeBaseExample.base["Claims/doc/_document.yaml", default: ""]
        let (_, diagnostics) = try validate(files: [
            "Claims/other/_document.yaml": document,
            "Claims/doc/empty.yaml": "# nothing here\n",
            "Claims/doc/list.yaml": "- a\n- b\n",
            "Sources-Refs/object.json": "{\"id\": \"x\"}\n",
            "Sources-Refs/items.json": """
            [{"title": "No id"}, {"id": "Upper-Case"},
             {"id": "guess", "custom": {"design": "anecdote", "population": "people"}}]

            """,
        ])
        #expect(
            diagnostics.map(\.description) == [
                "Claims/doc/empty.yaml: error: empty file (expected a mapping) [yaml-syntax]",
                "Claims/doc/list.yaml:1:1: error: expected a mapping for claim, found a list [wrong-type]",
                "Claims/other/_document.yaml: error: document id 'doc' does not match its folder 'other' [unknown-document]",
                "Sources-Refs/items.json:1:2: error: missing required key 'id' in CSL item [missing-key]",
                "Sources-Refs/items.json:1:29: error: invalid CSL item id 'Upper-Case' (expected a local id of a-z, 0-9, '-' and '_') [malformed-value]",
                "Sources-Refs/items.json:2:39: error: unknown design 'anecdote' (expected one of: meta-analysis, rct, non-randomised-trial, observational, case-report, review, experimental, guideline, regulatory, composition, reference, opinion, notice) [unknown-value]",
                "Sources-Refs/items.json:2:65: error: unknown population 'people' (expected one of: humans, animals, in-vitro, mixed) [unknown-value]",
                "Sources-Refs/object.json:1:1: error: expected a list of CSL items, found a mapping [wrong-type]",
            ])
    }

    @Test func policyFileAndReadmesAreIgnored() throws {
        let (_, diagnostics) = try validate(files: [
            "Claims/policy.yaml": "this: [is not, a claim\n",
            "Claims/README.md": "# Claims\n",
            "Sources-Refs/README.md": "# References\n",
        ])
        #expect(diagnostics.isEmpty)
    }

    @Test func unreadableRootThrows() throws {
        let root = try makeTemporaryFolder()
        defer { removeTemporaryFolder(root) }
        #expect(
            throws: KnowledgeBaseError.unreadable(
                path: root.path, reason: "no Claims/ or Sources-Refs/ folder")
        ) {
            try KnowledgeBaseLoader().load(root: root)
        }
        let missing = root.appendingPathComponent("missing")
        let error = KnowledgeBaseError.unreadable(path: missing.path, reason: "no such folder")
        #expect(throws: error) { try KnowledgeBaseLoader().load(root: missing) }
        #expect(
            error.description
                == "\(missing.path): error: cannot read the knowledge base: no such folder")
    }
}
