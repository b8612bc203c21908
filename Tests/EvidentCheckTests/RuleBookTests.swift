import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// Rule packs are data: malformed packs are rejected with pinned messages.
struct RuleBookTests {
    static let lexicon: Lexicon = {
        guard let directory = RuleBook.bundledDirectory,
            let yaml = try? String(
                contentsOf: directory.appendingPathComponent("lexicon.yaml"), encoding: .utf8),
            let lexicon = try? Lexicon(yaml: yaml, path: "lexicon.yaml")
        else { preconditionFailure("the bundled lexicon does not load") }
        return lexicon
    }()

    static func pack(_ rule: String) -> String {
        """
        rules:
          - id: \(rule)
            market: us
            severity: error
            category: overclaim
            message: "m"
            legal-basis: "b"
            when: ["@absolute-efficacy"]
        """
    }

    @Test func bundledPacksCoverBothMarkets() {
        let ids = Set(Fixtures.book.rules.map(\.id))
        for id in [
            "disease-claim", "symptom-claim", "biomarker-claim", "disease-testimonial",
            "drug-class-claim", "drug-comparison", "disease-reference", "absolute-safety",
            "absolute-efficacy", "unproven-establishment-claim",
            "vitamin-k-anticoagulant-disclosure",
            "unsupported-by-evidence", "no-evidence-in-kb", "us-dshea-disclaimer",
            "unauthorised-health-claim", "eu-non-authorised-health-claim",
            "eu-health-claim-wording", "eu-risk-reduction-claim", "eu-authorised-health-claim",
            "eu-conditions-of-use",
            "eu-doctor-recommendation", "eu-weight-loss-rate",
        ] {
            #expect(ids.contains(id), "missing rule \(id)")
        }
        #expect(Fixtures.book.rules(for: .us).allSatisfy { $0.market != .eu })
        #expect(Fixtures.book.rules(for: .eu).allSatisfy { $0.market != .us })
        #expect(Fixtures.book.rules.allSatisfy { !$0.legalBasis.isEmpty })
    }

    @Test func unknownClassIsRejected() {
        let yaml = Self.pack("x").replacingOccurrences(of: "@absolute-efficacy", with: "@cures")
        #expect(
            throws: CheckError.invalidRulePack(
                path: "p.yaml",
                message:
                    "rule 'x': unknown class '@cures' in pattern '@cures' (expected a class of lexicon.yaml)"
            )
        ) {
            try RuleBook(lexicon: Self.lexicon, packs: [("p.yaml", yaml)])
        }
    }

    @Test func duplicateAndMalformedIdsAreRejected() {
        #expect(
            throws: CheckError.invalidRulePack(
                path: "b.yaml", message: "duplicate rule id 'x' (also in a.yaml)"
            )
        ) {
            try RuleBook(
                lexicon: Self.lexicon,
                packs: [("a.yaml", Self.pack("x")), ("b.yaml", Self.pack("x"))])
        }
        #expect(
            throws: CheckError.invalidRulePack(
                path: "a.yaml",
                message: "rule id 'Bad_Id' is not kebab-case (expected a-z, 0-9, '-')"
            )
        ) {
            try RuleBook(lexicon: Self.lexicon, packs: [("a.yaml", Self.pack("Bad_Id"))])
        }
    }

    @Test func errorDescriptionsFollowTheHouseStyle() {
        #expect(
            CheckError.unreadableInput(path: "copy.txt", reason: "no such file or folder")
                .description
                == "copy.txt: error: cannot read input (no such file or folder)")
    }
}
