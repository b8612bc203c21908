import EvidentKit
import EvidentTestSupport
import Foundation
import Testing

/// `evident cite` and `evident review` run as real processes on a temporary knowledge base:
/// they change only what they should (the rest of the file byte for byte), refuse what they
/// must, and what they write shows in `evident report`.
@Suite("evident cite and review")
struct CiteReviewCommandTests {
    static let claimPath = "Claims/doc/k2-is-a-vitamin.yaml"

    /// The base claim, hand-formatted with comments, flow lists and a folded note.
    static let claim = """
        # A hand-written claim: comments and formatting must survive every edit.
        schema: evident-claim/1
        id: k2-is-a-vitamin
        document: doc
        quote: Vitamin K2 is a vitamin.   # the whole sentence
        statement: Vitamin K2 is a vitamin.
        category: definition
        subjects: [vitamin K2]
        citations:
          # The fact sheet says so.
          - ref: ods
            stance: supports
            note: >-
              Lists K2 among the forms of
              vitamin K.
        keywords: [K2, menaquinone]   # kept last on purpose

        """

    static let trial = """
        <?xml version="1.0" encoding="UTF-8"?>
        <PubmedArticleSet>
          <PubmedArticle>
            <MedlineCitation>
              <PMID Version="1">100</PMID>
              <Article>
                <Journal><JournalIssue><PubDate><Year>2012</Year></PubDate></JournalIssue>
                  <Title>Journal of Tests</Title></Journal>
                <ArticleTitle>Vitamin K2 in a randomised trial</ArticleTitle>
                <PublicationTypeList>
                  <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType>
                </PublicationTypeList>
              </Article>
            </MedlineCitation>
          </PubmedArticle>
        </PubmedArticleSet>

        """

    /// The same record as a later PubMed update file carries it: retracted.
    static let retractedTrial = """
        <?xml version="1.0" encoding="UTF-8"?>
        <PubmedArticleSet>
          <PubmedArticle>
            <MedlineCitation>
              <PMID Version="1">100</PMID>
              <Article>
                <Journal><JournalIssue><PubDate><Year>2012</Year></PubDate></JournalIssue>
                  <Title>Journal of Tests</Title></Journal>
                <ArticleTitle>Vitamin K2 in a randomised trial</ArticleTitle>
                <PublicationTypeList>
                  <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType>
                  <PublicationType UI="D016441">Retracted Publication</PublicationType>
                </PublicationTypeList>
              </Article>
              <CommentsCorrectionsList>
                <CommentsCorrections RefType="RetractionIn">
                  <RefSource>J Tests. 2020</RefSource><PMID Version="1">200</PMID>
                </CommentsCorrections>
              </CommentsCorrectionsList>
            </MedlineCitation>
          </PubmedArticle>
        </PubmedArticleSet>

        """

    func knowledgeBase() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-edit-\(UUID().uuidString)", isDirectory: true)
        try KnowledgeBaseExample(files: [
            Self.claimPath: Self.claim, "Sources-Refs/pubmed-100.xml": Self.trial,
        ]).write(to: root)
        return root
    }

    func read(_ root: URL, _ path: String = claimPath) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func evident(_ arguments: [String], in root: URL) throws -> EvidentBinary.Run {
        try EvidentBinary.run(
            arguments, environment: ["SOURCE_DATE_EPOCH": "1795000000"], in: root)
    }

    @Test func citeAppendsOneItemAndLeavesTheRestByteForByte() throws {
        let root = try knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(
            [
                "cite", "k2-is-a-vitamin", "pmid:100", "--stance", "null", "--note",
                "No effect: none.",
            ],
            in: root)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        #expect(
            run.stdout
                == "\(Self.claimPath): added citation 'pmid:100' (null) of claim 'k2-is-a-vitamin'\n"
        )
        let expected = Self.claim.replacingOccurrences(
            of: "      vitamin K.\n",
            with: "      vitamin K.\n" + "  - ref: \"pmid:100\"\n" + "    stance: \"null\"\n"
                + "    note: \"No effect: none.\"\n")
        #expect(try read(root) == expected)
        let validate = try evident(["validate"], in: root)
        #expect(validate.status == 0)
    }

    @Test func citeWritesTheAppraisalOptionsAndKeepsThemOnAChange() throws {
        let root = try knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(
            [
                "cite", "k2-is-a-vitamin", "pmid:100", "--stance", "supports", "--risk-of-bias",
                "some", "--outcome", "surrogate", "--funding", "industry", "--fit", "partial",
                "--forms", "MK-7", "--forms", "MK-4", "--dose-response", "true",
                "--participants", "244", "--pools", "trials",
            ], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let item =
            "  - ref: \"pmid:100\"\n    stance: supports\n    appraisal:\n      risk-of-bias: some\n"
            + "      outcome: surrogate\n      funding: industry\n      fit: partial\n"
            + "      forms: [MK-7, MK-4]\n      dose-response: true\n      participants: 244\n"
            + "      pools: trials\n"
        #expect(
            try read(root)
                == Self.claim.replacingOccurrences(
                    of: "      vitamin K.\n", with: "      vitamin K.\n" + item))
        // Changing the stance and one appraisal field keeps the other fields.
        let change = try evident(
            ["cite", "k2-is-a-vitamin", "pmid:100", "--stance", "mixed", "--fit", "full"], in: root)
        #expect(change.status == 0)
        let changed = item.replacingOccurrences(of: "supports", with: "mixed")
            .replacingOccurrences(of: "fit: partial", with: "fit: full")
        #expect(
            try read(root)
                == Self.claim.replacingOccurrences(
                    of: "      vitamin K.\n", with: "      vitamin K.\n" + changed))
        #expect(try evident(["validate"], in: root).status == 0)
    }

    @Test func citingACitedReferenceChangesOnlyThatCitation() throws {
        let root = try knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(
            ["cite", "k2-is-a-vitamin", "ods", "--stance", "background"], in: root)
        #expect(run.status == 0)
        #expect(run.stdout.contains("changed citation 'ods' (background)"))
        let expected = Self.claim.replacingOccurrences(
            of:
                "  - ref: ods\n    stance: supports\n    note: >-\n      Lists K2 among the forms of\n"
                + "      vitamin K.\n",
            with:
                "  - ref: \"ods\"\n    stance: background\n    note: Lists K2 among the forms of vitamin K.\n"
        )
        #expect(try read(root) == expected)
    }

    @Test func anUnresolvedReferenceOrUnknownClaimWritesNothing() throws {
        let root = try knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let unresolved = try evident(
            ["cite", "k2-is-a-vitamin", "pmid:999", "--stance", "supports"], in: root)
        #expect(unresolved.status == 64)
        #expect(
            unresolved.stderr
                == "error: reference 'pmid:999' resolves to no reference in Sources-Refs/ "
                + "(expected a PubMed record or a CSL-JSON item with that key)\n")
        let unknown = try evident(
            ["cite", "no-such-claim", "ods", "--stance", "supports"], in: root)
        #expect(unknown.status == 64)
        #expect(
            unknown.stderr
                == "error: unknown claim 'no-such-claim' (no claim file declares this id)\n")
        let badStance = try evident(
            ["cite", "k2-is-a-vitamin", "ods", "--stance", "proves"], in: root)
        #expect(badStance.status == 64)
        #expect(try read(root) == Self.claim)
    }

    @Test func aChangedFileIsNotOverwritten() throws {
        let root = try knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(
            [
                "cite", "k2-is-a-vitamin", "pmid:100", "--stance", "supports", "--expect-version",
                String(repeating: "0", count: 64),
            ], in: root)
        #expect(run.status == 2)
        #expect(
            run.stderr.hasPrefix("\(Self.claimPath): error: the file changed since it was read"))
        #expect(try read(root) == Self.claim)
    }

    @Test func reviewAppendsASignedRecordAndTheReportShowsIt() throws {
        let root = try knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(
            [
                "review", "k2-is-a-vitamin", "--reviewer", "Ann Lee", "--decision", "override",
                "--verdict", "weak", "--reason", "One fact sheet only.",
            ], in: root)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        let text = try read(root)
        #expect(text.hasPrefix(Self.claim))
        let added = String(text.dropFirst(Self.claim.count))
        let lines = added.split(separator: "\n").map(String.init)
        #expect(
            Array(lines.prefix(6)) == [
                "reviews:", "  - reviewer: Ann Lee", "    date: 2026-11-18",
                "    decision: override", "    verdict: weak", "    reason: One fact sheet only.",
            ])
        #expect(lines[6].hasPrefix("    fingerprint: ") && lines[6].count == 17 + 64)
        #expect(Array(lines.suffix(2)) == ["    evidence:", "      - ods"])

        let report = try evident(["report", "--format", "json", "--fail-on", "stale"], in: root)
        #expect(report.status == 0)
        let claim = try Self.claimJSON(report.stdout, "k2-is-a-vitamin")
        #expect(claim["verdict"] as? String == "weak")
        #expect(claim["review_state"] as? String == "overridden")
        let reviews = try #require(claim["reviews"] as? [[String: Any]])
        #expect(reviews.count == 1)
        #expect(reviews.first?["reviewer"] as? String == "Ann Lee")
        #expect(reviews.first?["stale"] as? Bool == false)

        // A citation added after the sign-off makes it stale; --fail-on stale gates on it.
        _ = try evident(["cite", "k2-is-a-vitamin", "pmid:100", "--stance", "supports"], in: root)
        let stale = try evident(["report", "--format", "json", "--fail-on", "stale"], in: root)
        #expect(stale.status == 1)
        let after = try Self.claimJSON(stale.stdout, "k2-is-a-vitamin")
        #expect(after["review_state"] as? String == "stale")
        let reasons = (after["reviews"] as? [[String: Any]])?.first?["stale_reasons"] as? [String]
        #expect(reasons == ["citation 'pmid:100' added since the review"])
        let textReport = try evident(["report"], in: root)
        #expect(
            textReport.stdout.contains(
                "Overridden to weak by Ann Lee on 2026-11-18: One fact sheet only. "
                    + "Stale: citation 'pmid:100' added since the review."))

        // A second review keeps the first: the history stays.
        let again = try evident(
            [
                "review", "k2-is-a-vitamin", "--reviewer", "Bo Ek", "--decision", "approve",
                "--reason", "Trial read.",
            ], in: root)
        #expect(again.status == 0)
        let final = try evident(["report", "--format", "json", "--fail-on", "stale"], in: root)
        #expect(final.status == 0)
        let history =
            try Self.claimJSON(final.stdout, "k2-is-a-vitamin")["reviews"] as? [[String: Any]]
        #expect(history?.map { $0["reviewer"] as? String } == ["Ann Lee", "Bo Ek"])
        #expect(history?.map { $0["stale"] as? Bool } == [true, false])
    }

    @Test func aRetractionInAnImportedUpdateFileMakesTheSignOffStale() throws {
        let root = try knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try evident(["cite", "k2-is-a-vitamin", "pmid:100", "--stance", "supports"], in: root)
        let signed = try evident(
            [
                "review", "k2-is-a-vitamin", "--reviewer", "Ann Lee", "--decision", "approve",
                "--reason", "Trial and fact sheet agree.",
            ], in: root)
        #expect(signed.status == 0)
        #expect(try evident(["report", "--fail-on", "stale"], in: root).status == 0)

        let update = root.appendingPathComponent("pubmed26n0001.xml")
        try Data(Self.retractedTrial.utf8).write(to: update)
        let imported = try evident(["import", update.path], in: root)
        #expect(imported.status == 0, "\(imported.stderr)")

        let report = try evident(["report", "--format", "json", "--fail-on", "stale"], in: root)
        #expect(report.status == 1)
        let claim = try Self.claimJSON(report.stdout, "k2-is-a-vitamin")
        let reasons = (claim["reviews"] as? [[String: Any]])?.first?["stale_reasons"] as? [String]
        #expect(reasons == ["reference 'pmid:100' retracted since the review"])
    }

    @Test func aLegacyReviewBlockBecomesTheFirstOfTheHistory() throws {
        let root = try knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let legacy =
            Self.claim
            + "review:\n  reviewer: A. Reviewer\n  date: 2026-11-24\n  decision: weak\n"
            + "  reason: Only a fact sheet.\n"
        try Data(legacy.utf8).write(to: root.appendingPathComponent(Self.claimPath))
        let before = try evident(["report", "--format", "json", "--fail-on", "stale"], in: root)
        #expect(before.status == 1)
        let run = try evident(
            [
                "review", "k2-is-a-vitamin", "--reviewer", "Bo Ek", "--decision", "approve",
                "--reason", "Re-signed.",
            ], in: root)
        #expect(run.status == 0)
        let text = try read(root)
        #expect(text.hasPrefix(Self.claim + "reviews:\n  - reviewer: A. Reviewer\n"))
        #expect(text.contains("    decision: override\n    verdict: weak\n"))
        let after = try evident(["report", "--format", "json", "--fail-on", "stale"], in: root)
        #expect(after.status == 0)
    }

    @Test func badReviewUsageIsRefused() throws {
        let root = try knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let noVerdict = try evident(
            [
                "review", "k2-is-a-vitamin", "--reviewer", "A", "--decision", "override",
                "--reason", "r",
            ], in: root)
        #expect(noVerdict.status == 64)
        #expect(
            noVerdict.stderr.contains(
                "--decision override needs --verdict (expected one of: supported, weak, unsupported)"
            ))
        let badDate = try evident(
            [
                "review", "k2-is-a-vitamin", "--reviewer", "A", "--decision", "approve",
                "--reason", "r", "--date", "2026-02-30",
            ], in: root)
        #expect(badDate.status == 64)
        #expect(
            badDate.stderr
                == "error: review date '2026-02-30' is not a date (expected YYYY-MM-DD)\n")
        #expect(try read(root) == Self.claim)
    }

    static func claimJSON(_ report: String, _ id: String) throws -> [String: Any] {
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let claims = try #require(root["claims"] as? [[String: Any]])
        return try #require(claims.first { $0["id"] as? String == id })
    }
}
