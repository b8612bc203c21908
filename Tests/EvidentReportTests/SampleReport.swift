import EvidentModel
import EvidentTestSupport

/// A small synthetic report exercising every feature the reporters render: a review
/// override, a stale review, a contradicted claim, a retracted citation, and text that needs
/// escaping.
enum SampleReport {
    static let report: EvidenceReport = {
        let rct = CitationAssessment(
            reference: ReferenceKey.literal("pmid:23525894"), stance: .supports, design: .rct,
            level: EvidenceLevel(2), population: .humans,
            reasoning: [
                "Publication type 'Randomized Controlled Trial': randomised controlled trial."
            ],
            formatted: "Knapen MH, Drummen NE. Three-year low-dose menaquinone-7 supplementation. "
                + "Osteoporos Int. 2013;24(9):2499-507. doi:10.1007/s00198-013-2325-6. PMID: 23525894.",
            pmid: PMID("23525894"), doi: "10.1007/s00198-013-2325-6",
            note: "Slowed BMD loss, \"attenuation\" not increase",
            appraisal: Appraisal(
                riskOfBias: .low, outcome: .surrogate, fit: .partial, forms: ["MK-7"],
                participants: 244))
        let null = CitationAssessment(
            reference: ReferenceKey.literal("doi:10.1007/s00198-009-1126-4"), stance: .null,
            design: .rct, level: EvidenceLevel(2), population: .humans,
            formatted: "Emaus N. Vitamin K2 supplementation does not influence bone loss. "
                + "Osteoporos Int. 2010. doi:10.1007/s00198-009-1126-4.",
            doi: "10.1007/s00198-009-1126-4", note: "No effect on bone loss, at any site")
        let retracted = CitationAssessment(
            reference: ReferenceKey.literal("pmid:12110423"), stance: .supports,
            design: .nonRandomisedTrial, level: EvidenceLevel(3), population: .humans,
            retracted: true, counted: false,
            reasoning: [
                "Retracted (publication type 'Retracted Publication'): excluded from grading."
            ],
            formatted: "Sato Y. Amelioration of osteoporosis <retracted> & more. Bone. 2002. "
                + "PMID: 12110423.",
            pmid: PMID("12110423"))
        let mice = CitationAssessment(
            reference: ReferenceKey.literal("pmid:22582012"), stance: .background,
            design: .experimental, level: EvidenceLevel(5), population: .animals, counted: false,
            formatted: "Vos M. Vitamin K2 is a mitochondrial electron carrier. Science. 2012. "
                + "PMID: 22582012.",
            pmid: PMID("22582012"))
        let override = Review(
            reviewer: "Ann Lee", date: "2026-11-20", decision: .override, verdict: .weak,
            reason: "Biomarker only; keep \"weak\", for now.",
            fingerprint: String(repeating: "ab", count: 32), evidence: ["pmid:23525894 v1"])
        let approval = Review(
            reviewer: "Bo Ek", date: "2026-11-21", decision: .approve, reason: "Slower loss.",
            fingerprint: String(repeating: "cd", count: 32),
            evidence: ["pmid:23525894 v1", "doi:10.1007/s00198-009-1126-4"])
        let supported = ClaimAssessment(
            claim: Claim(
                id: ClaimID.literal("k2-activates-osteocalcin"), document: "article",
                quote: "activate proteins known as osteocalcin",
                statement:
                    "Vitamin K2 activates osteocalcin.", category: .mechanism,
                citations: [], reviews: [override]),
            computedVerdict: .supported, contradicted: false, certainty: .moderate,
            steps: [
                GradingStep(
                    domain: .start, change: 4,
                    reason:
                        "Starts high: the best counted evidence is randomised controlled trial (Knapen 2013).",
                    references: [rct.reference]),
                GradingStep(
                    domain: .imprecision, change: -1,
                    reason:
                        "Only one study at the best design (Knapen 2013), and no pooled analysis.",
                    references: [rct.reference]),
            ],
            citations: [rct],
            verdictReason:
                "Consistent support with moderate certainty; supported needs moderate or higher.",
            rationale:
                "Supported (moderate certainty): Knapen 2013 supports it, and nothing of similar "
                + "quality disagrees.",
            reviews: [ReviewState(review: override)])
        let weak = ClaimAssessment(
            claim: Claim(
                id: ClaimID.literal("k2-increases-bone-density"), document: "article",
                quote: "increases bone density",
                statement: "Vitamin K2 increases bone density, a lot.",
                category: .efficacy,
                outcome: Outcome(name: "bone mineral density", kind: .surrogate),
                reviews: [approval]),
            computedVerdict: .weak, contradicted: false, certainty: .low,
            steps: [
                GradingStep(
                    domain: .start, change: 4, reason: "Starts high.",
                    references: [rct.reference, null.reference]),
                GradingStep(
                    domain: .indirectness, change: -1,
                    reason:
                        "The claim's outcome, bone mineral density, is a surrogate outcome: it stands in for what matters to patients.",
                    references: [rct.reference]),
                GradingStep(
                    domain: .inconsistency, change: -1, reason: "Studies disagree.",
                    references: [null.reference]),
            ],
            citations: [rct, null],
            verdictReason: "Support is inconsistent, so at best weak (low certainty).",
            rationale:
                "Weak (low certainty): Knapen 2013 supports only a weaker or narrower form of it; "
                + "Emaus 2010 found no effect (limited by indirect evidence and inconsistent "
                + "results).",
            reviews: [
                ReviewState(
                    review: approval,
                    staleReasons: ["reference 'pmid:23525894' retracted since the review"])
            ])
        let unsupported = ClaimAssessment(
            claim: Claim(
                id: ClaimID.literal("k2-treats-parkinsons"), document: "article",
                quote: "treats Parkinson’s disease",
                statement: "Vitamin K2 treats Parkinson's disease <PD>.",
                category: .disease),
            computedVerdict: .unsupported, contradicted: true, certainty: .veryLow, steps: [],
            citations: [retracted, mice],
            verdictReason:
                "The evidence against it reaches high certainty (contradicted needs moderate) and "
                + "nothing bears it out.",
            rationale:
                "Contradicted (high certainty): good trials found no effect, and nothing that can "
                + "bear a claim that something prevents or treats a disease supports it, \"so\" <it> "
                + "& that's that.")
        let document = SourceDocument(
            id: "article", title: "The Crucial Role of Vitamin K2",
            origin: "https://example.com/k2",
            retrieved: "2026-11-24", text: "")
        return EvidenceReport(
            kbHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            toolVersion: "0.1.0", generatedAt: "2026-11-24T12:00:00Z",
            claims: [supported, weak, unsupported], documents: ["article": document])
    }()
}
