import EvidentCheck
import EvidentModel
import Testing

/// Matching copy to knowledge-base claims: synonyms, negation, threshold, explanations.
struct ClaimMatchingTests {
    static func assessment(
        _ id: String, _ statement: String, verdict: Verdict, certainty: Certainty,
        subjects: [String] = ["vitamin K2"], keywords: [String] = []
    ) -> ClaimAssessment {
        guard let claimID = ClaimID(id) else { preconditionFailure("bad test id \(id)") }
        let claim = Claim(
            id: claimID, document: "test", quote: statement, statement: statement,
            category: .efficacy, subjects: subjects, keywords: keywords)
        return ClaimAssessment(
            claim: claim, computedVerdict: verdict, contradicted: false, certainty: certainty,
            steps: [], citations: [], verdictReason: "test")
    }

    static let claims = [
        assessment(
            "k2-increases-bone-density", "Vitamin K2 increases bone density.",
            verdict: .weak, certainty: .low),
        assessment(
            "k2-no-abnormal-clotting", "Vitamin K2 does not cause abnormal clotting.",
            verdict: .unsupported, certainty: .veryLow),
        assessment(
            "k2-activates-osteocalcin", "Vitamin K2 activates osteocalcin.",
            verdict: .supported, certainty: .high),
        assessment(
            "vitamin-c-immune", "Vitamin C supports the immune system.",
            verdict: .supported, certainty: .high, subjects: ["vitamin C"]),
    ]

    static func checker(threshold: Double = Checker.defaultThreshold) -> Checker {
        Checker(book: Fixtures.book, assessments: claims, threshold: threshold)
    }

    @Test func synonymsMatch() throws {
        let match = try #require(Self.checker().explain("MK-7 raises BMD in older women."))
        #expect(match.claimID.rawValue == "k2-increases-bone-density")
        // The concepts: bone density (and the bone it is about), the direction, the substance
        // (and vitamin K, the substance it is a form of).
        #expect(
            match.matchedTerms == ["bone", "bone-density", "increase", "vitamin-k", "vitamin-k2"])
        let menaquinone = try #require(
            Self.checker().explain("Menaquinone-7 improves bone mineral density."))
        #expect(menaquinone.claimID.rawValue == "k2-increases-bone-density")
    }

    @Test func negationIsRespected() throws {
        let same = try #require(Self.checker().explain("MK-7 does not cause abnormal clotting."))
        #expect(same.claimID.rawValue == "k2-no-abnormal-clotting")
        #expect(!same.polarityDiffers)
        let opposite = Self.checker().explain("MK-7 causes abnormal clotting.")
        #expect(opposite == nil || opposite?.polarityDiffers == true)
    }

    @Test func thresholdIsConfigurable() {
        let text = "K2 increases bone density in women."
        #expect(Self.checker(threshold: 0.95).explain(text) == nil)
        #expect(
            Self.checker(threshold: 0.3).explain(text)?.claimID.rawValue
                == "k2-increases-bone-density")
    }

    @Test func weakClaimsAreUnsupportedByEvidence() throws {
        let findings = Fixtures.check(
            "Our MK-7 increases bone density.", assessments: Self.claims)
        let finding = try #require(findings.first { $0.rule == "unsupported-by-evidence" })
        #expect(finding.claimID?.rawValue == "k2-increases-bone-density")
        #expect(finding.verdict == .weak)
        #expect(finding.certainty == .low)
        #expect(finding.severity == .warning)
        #expect(
            finding.message
                == "unsupported by evidence: matches claim 'k2-increases-bone-density' ('Vitamin K2 increases bone density.'), graded weak (certainty low; matched: increases bone density, vitamin K2)"
        )
    }

    /// A claim that good evidence shows false is what `evident report` calls contradicted, and
    /// the finding that names it says so too (not "graded unsupported").
    @Test func contradictedClaimsAreNamedContradicted() throws {
        var contradicted = Self.assessment(
            "k2-cures-parkinsons", "Vitamin K2 cures Parkinson's disease.", verdict: .unsupported,
            certainty: .moderate)
        contradicted.contradicted = true
        let findings = Fixtures.check(
            "Our MK-7 cures Parkinson's disease.", assessments: Self.claims + [contradicted])
        let finding = try #require(findings.first { $0.rule == "unsupported-by-evidence" })
        #expect(finding.claimID?.rawValue == "k2-cures-parkinsons")
        #expect(finding.verdict == .unsupported)
        #expect(
            finding.message.hasPrefix(
                "unsupported by evidence: matches claim 'k2-cures-parkinsons' ('Vitamin K2 cures Parkinson's disease.'), graded contradicted (certainty moderate; matched: "
            ), "\(finding.message)")
        let match = try #require(
            Checker(book: Fixtures.book, assessments: Self.claims + [contradicted]).explain(
                "Our MK-7 cures Parkinson's disease."))
        #expect(match.contradicted)
        #expect(match.verdictLabel == "contradicted")
        // Unsupported without contradicting evidence stays unsupported.
        let unsupported = Fixtures.check(
            "MK-7 does not cause abnormal clotting.", assessments: Self.claims)
        let plain = try #require(unsupported.first { $0.rule == "unsupported-by-evidence" })
        #expect(plain.message.contains("graded unsupported (certainty very-low"))
    }

    @Test func supportedClaimsAreLinkedOnOtherFindings() throws {
        let findings = Fixtures.check(
            "Clinically proven: vitamin K2 activates osteocalcin.", assessments: Self.claims)
        #expect(!findings.contains { $0.rule == "unsupported-by-evidence" })
        #expect(!findings.contains { $0.rule == "unproven-establishment-claim" })
        let weak = Fixtures.check(
            "Clinically proven: vitamin K2 increases bone density.", assessments: Self.claims)
        let overclaim = try #require(weak.first { $0.rule == "unproven-establishment-claim" })
        #expect(overclaim.claimID?.rawValue == "k2-increases-bone-density")
        #expect(overclaim.severity == .error)
    }

    @Test func unmatchedHealthStatementsHaveNoEvidence() throws {
        let findings = Fixtures.check("Magnesium supports restful sleep.", assessments: Self.claims)
        let finding = try #require(findings.first { $0.category == .noEvidenceInKB })
        #expect(finding.severity == .info)
        #expect(finding.claimID == nil)
        let plain = Fixtures.check(
            "Natto is a traditional Japanese food.", assessments: Self.claims)
        #expect(!plain.contains { $0.category == .noEvidenceInKB })
    }

    @Test func withoutAKnowledgeBaseEvidenceRulesAreSilent() {
        let findings = Fixtures.check("Magnesium supports restful sleep.")
        #expect(!findings.contains { $0.category == .noEvidenceInKB })
    }

    /// The issue's own examples: paraphrases reach the bone-density claim through concepts
    /// (skeleton = bone, tougher = increase), and the finding says which concepts matched.
    @Test func paraphrasesMatchByConcepts() throws {
        let claims =
            Self.claims + [
                Self.assessment(
                    "k2-prevents-fractures", "Vitamin K2 prevents fractures.", verdict: .weak,
                    certainty: .low, keywords: ["broken bones"])
            ]
        let checker = Checker(book: Fixtures.book, assessments: claims)
        let density = try #require(
            checker.explain("Encouraging healthy bone mineral density with vitamin K2."))
        #expect(density.claimID.rawValue == "k2-increases-bone-density")
        #expect(density.matchedTerms.contains("bone-density"))
        let fewer = try #require(checker.explain("Fewer broken bones as the years go by."))
        #expect(fewer.claimID.rawValue == "k2-prevents-fractures")
        #expect(fewer.matchedTerms.contains("fracture"))
        let findings = Fixtures.check("Makes your skeleton tougher.", assessments: claims)
        let linked = try #require(findings.first { $0.claimID != nil })
        #expect(linked.claimID?.rawValue == "k2-increases-bone-density")
        #expect(linked.message.hasSuffix("(certainty low; matched: increases, bone)"))
    }

    /// Why a claim matched is said in words a reviewer reads: the disease as the claim names
    /// it, not its vocabulary ids (MeSH, DO, ICD-10-CM), and the substance once, not with its
    /// broader substance; the JSON's `matched` keeps the ids.
    @Test func matchedConceptsAreSaidInTheClaimsWords() throws {
        let claims =
            Self.claims + [
                Self.assessment(
                    "k2-treats-parkinsons", "Vitamin K2 treats Parkinson's disease.",
                    verdict: .unsupported, certainty: .veryLow)
            ]
        let findings = Fixtures.check(
            "Living with Parkinson's disease? Our menaquinone treats it.", assessments: claims)
        let finding = try #require(findings.first { $0.rule == "unsupported-by-evidence" })
        #expect(finding.claimID?.rawValue == "k2-treats-parkinsons")
        #expect(
            finding.message
                == "unsupported by evidence: matches claim 'k2-treats-parkinsons' ('Vitamin K2 treats Parkinson's disease.'), graded unsupported (certainty very-low; matched: Parkinson's disease, treats, vitamin K2)",
            "\(finding.message)")
        #expect(finding.matched?.contains { $0.hasPrefix("MESH:") } == true)
    }

    /// Unrelated copy stays unmatched; copy about another substance does not reach a claim
    /// about this one; sharing only an action links nothing.
    @Test func unrelatedCopyStaysUnmatched() {
        let checker = Self.checker()
        for text in [
            "Store in a cool, dry place.", "Price cuts are the remedy for a slow January.",
            "Our team increases its sales every year.", "Magnesium increases bone density.",
        ] {
            #expect(checker.explain(text) == nil, "\(text)")
        }
        #expect(
            checker.explain("Vitamin C helps your immune system.")?.claimID.rawValue
                == "vitamin-c-immune")
    }

    /// A supported claim behind a sentence is named by an info finding with its concepts.
    @Test func supportedClaimsAreNamed() throws {
        let findings = Fixtures.check(
            "Our vitamin K2 switches on osteocalcin.", assessments: Self.claims)
        let named = try #require(findings.first { $0.rule == "supported-by-evidence" })
        #expect(named.severity == .info)
        #expect(named.claimID?.rawValue == "k2-activates-osteocalcin")
        #expect(
            named.message
                == "supported by evidence: matches claim 'k2-activates-osteocalcin' ('Vitamin K2 activates osteocalcin.'), graded supported (certainty high; matched: activates, osteocalcin, vitamin K2)"
        )
    }

    /// A negation inside a concept's phrase names the concept ("without side effects" is
    /// safety); it does not turn the sentence against the claim.
    @Test func aNegationInsideAConceptIsNotOpposition() throws {
        let claims =
            Self.claims + [
                Self.assessment(
                    "k2-is-safe", "Trials have confirmed that vitamin K2 is safe.",
                    verdict: .supported, certainty: .moderate)
            ]
        let checker = Checker(book: Fixtures.book, assessments: claims)
        let match = try #require(checker.explain("Menaquinone comes without side effects."))
        #expect(match.claimID.rawValue == "k2-is-safe")
        #expect(!match.polarityDiffers)
        #expect(match.matchedTerms.contains("safety"))
        // A negation outside any concept still opposes.
        let opposite = checker.explain("Menaquinone is not safe.")
        #expect(opposite == nil || opposite?.polarityDiffers == true)
    }

    /// The substance a sentence names first is what it is about: a claim about that substance
    /// ranks above a claim about another substance the sentence also mentions.
    @Test func theSentencesSubjectRanksFirst() throws {
        // Vitamin K2 is named by most claims, so it weighs little; calcium is rare.
        let claims =
            Self.claims + [
                Self.assessment(
                    "k2-reduces-arterial-calcification",
                    "Vitamin K2 reduces arterial calcification.",
                    verdict: .weak, certainty: .low),
                Self.assessment(
                    "calcium-stiffens-arteries", "Calcium stiffens the arteries.",
                    verdict: .weak, certainty: .low, subjects: ["calcium"]),
            ]
        let checker = Checker(book: Fixtures.book, assessments: claims)
        let k2 = try #require(checker.explain("MK-7 stops calcium stiffening the arteries."))
        #expect(k2.claimID.rawValue == "k2-reduces-arterial-calcification")
        let calcium = try #require(checker.explain("Calcium stiffens the arteries of smokers."))
        #expect(calcium.claimID.rawValue == "calcium-stiffens-arteries")
    }
}
