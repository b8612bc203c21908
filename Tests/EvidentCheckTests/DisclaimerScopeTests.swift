import EvidentCheck
import EvidentModel
import Testing

/// `unless-finding`: a rule's match does not count where a finding of another category covers
/// its words. The DSHEA disclaimer is for structure/function claims; a disease claim is not one
/// (no disclaimer makes it lawful, and its own finding says so).
struct DisclaimerScopeTests {
    static let disclaimer =
        "(\"These statements have not been evaluated by the Food and Drug Administration. This "
        + "product is not intended to diagnose, treat, cure, or prevent any disease.\")"

    /// The rules that fire on a text under the US market.
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).map(\.rule)
    }

    /// A disease claim alone asks for no disclaimer: it is reported as what it is.
    @Test func aDiseaseClaimIsNotAStructureFunctionClaim() {
        let fired = Self.rules("This product cures diabetes.")
        #expect(fired.contains("disease-claim"))
        #expect(!fired.contains("us-dshea-disclaimer"))
    }

    /// Beside a disease claim, the disclaimer is asked for the structure/function claim, and
    /// the message names that claim's words.
    @Test func theDisclaimerNamesTheStructureFunctionClaim() throws {
        let findings = Fixtures.check(
            "This product cures diabetes. Vitamin K2 supports healthy bones.", market: .us)
        let finding = try #require(findings.first { $0.rule == "us-dshea-disclaimer" })
        #expect(
            finding.message
                == "missing disclosure: the structure/function claim 'supports healthy' "
                + "needs the DSHEA disclaimer " + Self.disclaimer)
        #expect(finding.line == 1 && finding.column == 41)
        // With the disclaimer anywhere, nothing is asked.
        let disclaimed =
            "Vitamin K2 supports healthy bones. These statements have not been evaluated by "
            + "the Food and Drug Administration."
        #expect(!Self.rules(disclaimed).contains("us-dshea-disclaimer"))
    }

    /// A pack of two rules: `wide` reads "tired feet", `cure` reads "miracle cure"; `wide` may
    /// not overlap an overclaim when `excluding`.
    static func pack(excluding: String?, scope: String = "sentence") -> String {
        """
        rules:
          - id: cure
            market: all
            severity: error
            category: overclaim
            message: "cure"
            legal-basis: "b"
            when: [miracle cure]
          - id: wide
            market: all
            severity: warning
            category: missing-disclosure
            scope: \(scope)
            message: "wide '{match}'"
            legal-basis: "b"
            when: ["miracle ... feet"]
        """ + (excluding.map { "\n    unless-finding: [\($0)]\n" } ?? "\n")
    }

    static func findings(_ yaml: String, _ text: String) throws -> [String] {
        let book = try RuleBook(lexicon: RuleBookTests.lexicon, packs: [("p.yaml", yaml)])
        return Checker(book: book).check(SourceText(path: "-", text: text, format: .plain))
            .findings.map { "\($0.rule) \($0.column)" }
    }

    /// In a sentence rule and a document rule alike, only the matches no such finding overlaps
    /// count; a document rule fires at the first of them.
    @Test func aMatchAFindingOfTheCategoryOverlapsDoesNotCount() throws {
        let text = "A miracle cure for tired feet. A miracle for tired feet."
        #expect(
            try Self.findings(Self.pack(excluding: nil), text) == [
                "cure 3", "wide 3", "wide 34",
            ])
        #expect(
            try Self.findings(Self.pack(excluding: "overclaim"), text) == ["cure 3", "wide 34"])
        #expect(
            try Self.findings(Self.pack(excluding: "overclaim", scope: "document"), text) == [
                "cure 3", "wide 34",
            ])
        // Another category overlaps nothing here.
        #expect(
            try Self.findings(Self.pack(excluding: "disease-claim"), text) == [
                "cure 3", "wide 3", "wide 34",
            ])
    }

    /// An unknown category and the rule's own category are errors at the value.
    @Test func badCategoriesArePinpointed() {
        let cases: [(String, String)] = [
            (
                Self.pack(excluding: "overclaims"),
                "p.yaml:17:21: error: rule 'wide': invalid value for 'unless-finding' (expected "
                    + "categories of finding other than the rule's own, 'missing-disclosure', not "
                    + "'overclaims': disease-claim, unauthorised-health-claim, "
                    + "unsupported-by-evidence, supported-by-evidence, no-evidence-in-kb, "
                    + "overclaim, absolute-safety, conditions-of-use)"
            ),
            (
                Self.pack(excluding: "missing-disclosure"),
                "p.yaml:17:21: error: rule 'wide': invalid value for 'unless-finding' (expected "
                    + "categories of finding other than the rule's own, 'missing-disclosure', not "
                    + "'missing-disclosure': disease-claim, unauthorised-health-claim, "
                    + "unsupported-by-evidence, supported-by-evidence, no-evidence-in-kb, "
                    + "overclaim, absolute-safety, conditions-of-use)"
            ),
        ]
        for (yaml, message) in cases {
            do {
                _ = try RuleBook(lexicon: RuleBookTests.lexicon, packs: [("p.yaml", yaml)])
                Issue.record("accepted \(yaml)")
            } catch {
                #expect("\(error)" == message)
            }
        }
    }
}
