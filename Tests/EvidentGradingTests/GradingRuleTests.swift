import EvidentGrading
import EvidentModel
import Testing

private let grader = Grader()

private func grade(
    category: ClaimCategory = .efficacy, outcome: Outcome? = nil,
    subjects: [String] = ["vitamin K2"], review: Review? = nil,
    _ citations: [(Reference, Stance, String?)], policy: Policy = .default
) -> ClaimAssessment {
    let (claim, references) = Evidence.claim(
        category: category, outcome: outcome, subjects: subjects, review: review, citations)
    return Grader(policy: policy).assess(claim, references: references)
}

@Test func aClaimWithoutCitationsIsUnsupported() {
    let result = grade([])
    #expect(result.computedVerdict == .unsupported)
    #expect(!result.contradicted)
    #expect(result.certainty == .veryLow)
    #expect(result.steps.isEmpty)
    #expect(result.verdictReason == "No qualifying evidence: no reference is cited.")
}

@Test func backgroundEvidenceNeverSupports() {
    let result = grade([
        (Evidence.rct(1), .background, nil), (Evidence.rct(2), .background, nil),
    ])
    #expect(result.computedVerdict == .unsupported)
    #expect(result.citations.allSatisfy { !$0.counted })
    #expect(result.verdictReason == "No qualifying evidence: 2 citations background only.")
}

@Test func reviewsAndOpinionAreContextOnlyForEfficacy() {
    let result = grade([
        (Evidence.pubmed(1, types: ["Review"]), .supports, nil),
        (Evidence.pubmed(2, types: ["Editorial"]), .supports, nil),
    ])
    #expect(result.computedVerdict == .unsupported)
    #expect(result.citations.map(\.design) == [.review, .opinion])
    #expect(
        result.citations[0].reasoning.last
            == "Not counted for this claim: narrative review: context only for this kind of claim.")
}

@Test func retractedStudiesAreExcludedAndShown() {
    let retracted = Evidence.pubmed(
        1, types: ["Randomized Controlled Trial", "Retracted Publication"])
    let result = grade([(retracted, .supports, nil)])
    #expect(result.computedVerdict == .unsupported)
    #expect(result.citations[0].retracted)
    #expect(!result.citations[0].counted)
    #expect(result.verdictReason == "No qualifying evidence: 1 citation retracted.")
}

@Test func noticesAreNotEvidence() {
    let notice = Evidence.pubmed(1, types: ["Published Erratum"])
    let result = grade([(notice, .contradicts, nil)])
    #expect(result.citations[0].design == .notice)
    #expect(!result.citations[0].counted)
    #expect(result.computedVerdict == .unsupported)
    #expect(!result.contradicted)
}

@Test func twoConsistentTrialsOnAClinicalOutcomeAreSupportedAtHighCertainty() {
    let result = grade(
        outcome: Outcome(name: "fracture", kind: .clinical),
        [(Evidence.rct(1), .supports, "fewer fractures"), (Evidence.rct(2), .supports, nil)])
    #expect(result.steps.summary == ["start 4"])
    #expect(
        result.steps[0].reason
            == "Starts high: the best counted evidence is randomised controlled trial (Smith 2020)."
    )
    #expect(result.certainty == .high)
    #expect(result.computedVerdict == .supported)
    #expect(!result.contradicted)
}

@Test func anExpressionOfConcernCountsWithAPenalty() {
    let concerned = Evidence.pubmed(
        1, types: ["Randomized Controlled Trial"], author: "Doubt",
        links: [CommentsCorrection(type: "ExpressionOfConcernIn")])
    let result = grade([(concerned, .supports, nil), (Evidence.rct(2), .supports, nil)])
    #expect(result.citations[0].counted)
    #expect(result.citations[0].concern)
    #expect(result.steps.summary == ["start 4", "risk-of-bias -1"])
    #expect(result.steps[1].reason == "An expression of concern was published about Doubt 2020.")
    #expect(result.certainty == .moderate)
}

@Test func designFlawsInNotesRateDownForRiskOfBias() {
    let result = grade([
        (Evidence.rct(1), .supports, "open-label, no placebo"),
        (Evidence.rct(2), .supports, "open label trial"),
    ])
    #expect(result.steps.summary == ["start 4", "risk-of-bias -1"])
    #expect(
        result.steps[1].reason
            == "Much of the best evidence has a noted risk of bias: Smith 2020 (“open-label” and "
            + "“no placebo”) and Smith 2020 (“open label”).")
}

@Test func similarWeightForAndAgainstRatesDownForInconsistency() {
    let trial = ["Randomized Controlled Trial"]
    let result = grade([
        (Evidence.pubmed(1, types: trial, author: "Ames"), .supports, nil),
        (Evidence.pubmed(2, types: trial, author: "Bell"), .supports, nil),
        (Evidence.pubmed(3, types: trial, author: "Cole"), .null, nil),
    ])
    #expect(result.steps.summary == ["start 4", "inconsistency -1"])
    #expect(
        result.steps[1].reason
            == "Studies disagree with similar weight (for 6, against 3): Ames 2020, Bell 2020 "
            + "support the claim; Cole 2020 finds no effect or the opposite.")
    #expect(result.certainty == .moderate)
    #expect(result.computedVerdict == .supported)
}

@Test func aLightMinorityDoesNotRateDown() {
    let result = grade([
        (Evidence.rct(1), .supports, nil), (Evidence.rct(2), .supports, nil),
        (Evidence.cohort(3), .null, nil),
    ])
    #expect(result.steps.summary == ["start 4"])
}

@Test func evenEvidenceIsUnsupportedButNotContradicted() {
    let result = grade([(Evidence.rct(1), .supports, nil), (Evidence.rct(2), .null, nil)])
    #expect(result.computedVerdict == .unsupported)
    #expect(!result.contradicted)
    #expect(result.verdictReason == "Evidence for and against weighs the same (for 3, against 3).")
}

@Test func weightAgainstTheClaimMakesItContradicted() {
    let result = grade([
        (Evidence.rct(1), .supports, nil), (Evidence.rct(2), .contradicts, nil),
        (Evidence.rct(3), .null, nil),
    ])
    #expect(result.computedVerdict == .unsupported)
    #expect(result.contradicted)
    #expect(
        result.verdictReason == "The weight of evidence is against the claim (for 3, against 6).")
}

@Test func aSurrogateOutcomeRatesDownForIndirectness() {
    let result = grade(
        outcome: Outcome(name: "bone mineral density", kind: .surrogate),
        [(Evidence.rct(1), .supports, nil), (Evidence.rct(2), .supports, nil)])
    #expect(result.steps.summary == ["start 4", "indirectness -1"])
    #expect(
        result.steps[1].reason
            == "The claim's outcome, bone mineral density, is a surrogate outcome: it stands in "
            + "for what matters to patients.")
    #expect(result.certainty == .moderate)
}

@Test func clinicalClaimsBackedOnlyBySurrogateMeasurementsRateDown() {
    let result = grade(
        outcome: Outcome(name: "cardiovascular disease", kind: .clinical),
        [
            (Evidence.rct(1), .supports, "improved arterial stiffness"),
            (Evidence.rct(2), .supports, "less coronary calcification"),
        ])
    #expect(result.steps.summary == ["start 4", "indirectness -1"])
    #expect(
        result.steps[1].reason
            == "The supporting studies (Smith 2020) measured surrogates (arterial stiffness and "
            + "calcification), not cardiovascular disease.")
}

@Test func animalOnlyEvidenceRatesDownTwoAndNeverSupportsAnEfficacyClaim() {
    let citations: [(Reference, Stance, String?)] = [
        (Evidence.mice(1), .supports, nil), (Evidence.mice(2), .supports, nil),
    ]
    let efficacy = grade(citations)
    #expect(efficacy.steps.summary == ["start 2", "indirectness -2"])
    #expect(efficacy.certainty == .veryLow)
    #expect(efficacy.computedVerdict == .unsupported)
    #expect(
        efficacy.verdictReason.hasSuffix(
            "All supporting evidence comes from animal or in-vitro studies, so at best unsupported."
        ))
    let mechanism = grade(category: .mechanism, citations)
    #expect(mechanism.computedVerdict == .weak)
}

@Test func studiesOfAnotherFormRateDown() {
    let result = grade(
        subjects: ["MK-7"],
        [
            (Evidence.rct(1), .supports, "menatetrenone 45 mg/day"),
            (Evidence.rct(2), .supports, "MK-4 45 mg"),
        ])
    #expect(result.steps.summary == ["start 4", "indirectness -1"])
    #expect(
        result.steps[1].reason
            == "The supporting studies (Smith 2020) used MK-4, not MK-7 as claimed.")
}

@Test func aGenericClaimAcceptsEveryFormOfItsFamily() {
    let result = grade(
        subjects: ["vitamin K2"],
        [(Evidence.rct(1), .supports, "MK-4"), (Evidence.rct(2), .supports, "MK-7")])
    #expect(result.steps.summary == ["start 4"])
}

@Test func aSingleStudyRatesDownForImprecision() {
    let result = grade([(Evidence.rct(1), .supports, nil)])
    #expect(result.steps.summary == ["start 4", "imprecision -1"])
    #expect(
        result.steps[1].reason
            == "Only one study at the best design (Smith 2020), and no pooled analysis or assessment."
    )
    #expect(result.computedVerdict == .supported)
}

@Test func aMetaAnalysisIsPreciseEnoughAlone() {
    let pooled = Evidence.pubmed(
        1, types: ["Meta-Analysis"], title: "A meta-analysis of randomised controlled trials")
    let result = grade([(pooled, .supports, nil)])
    #expect(result.steps.summary == ["start 4"])
}

@Test func flaggedSponsorshipRatesDownForPublicationBias() {
    let result = grade([
        (Evidence.rct(1), .supports, "industry-funded"),
        (Evidence.rct(2), .supports, "industry funded trial"),
    ])
    #expect(result.steps.summary == ["start 4", "publication-bias -1"])
}

@Test func aDoseResponseGradientRatesUpFromLow() {
    let result = grade([
        (Evidence.cohort(1), .supports, "risk fell dose-dependently"),
        (Evidence.cohort(2), .supports, nil),
    ])
    #expect(result.steps.summary == ["start 2", "upgrade 1"])
    #expect(result.certainty == .moderate)
    #expect(result.computedVerdict == .supported)
}

@Test func lowCertaintySupportIsWeak() {
    let result = grade([(Evidence.cohort(1), .supports, nil), (Evidence.cohort(2), .supports, nil)])
    #expect(result.certainty == .low)
    #expect(result.computedVerdict == .weak)
    #expect(
        result.verdictReason
            == "The evidence favours the claim (for 2, against 0) with low certainty; "
            + "supported needs moderate or higher.")
}

@Test func theSupportedThresholdComesFromThePolicy() {
    var strict = Policy.default
    strict.verdict.supportedMinimum = .high
    let citations: [(Reference, Stance, String?)] = [(Evidence.rct(1), .supports, nil)]
    #expect(grade(citations).computedVerdict == .supported)
    #expect(grade(citations, policy: strict).computedVerdict == .weak)
}

@Test func regulatoryClaimsAreGradedByRegulatorySourcesOnly() {
    let trials = grade(
        category: .regulatory,
        [(Evidence.rct(1), .supports, nil), (Evidence.rct(2), .supports, nil)])
    #expect(trials.computedVerdict == .unsupported)
    #expect(trials.citations.allSatisfy { !$0.counted })
    let approval = Evidence.csl("decision", design: .regulatory)
    let confirmed = grade(category: .regulatory, [(approval, .supports, nil)])
    #expect(confirmed.computedVerdict == .supported)
    #expect(confirmed.certainty == .high)
    let label = Evidence.csl("label", design: .reference)
    let wrongDate = grade(
        category: .regulatory, [(label, .contradicts, "approved in 1995, not 2001")])
    #expect(wrongDate.computedVerdict == .unsupported)
    #expect(wrongDate.contradicted)
}

@Test func compositionClaimsAreGradedByAnalysesAndReferenceWorks() {
    let analysis = Evidence.csl("analysis", design: .composition, population: .inVitro)
    let factSheet = Evidence.csl("ods", design: .reference, population: .mixed)
    let result = grade(
        category: .composition, [(analysis, .supports, nil), (factSheet, .supports, nil)])
    #expect(result.steps.summary == ["start 4", "imprecision -1"])
    #expect(result.certainty == .moderate)
    #expect(result.computedVerdict == .supported)
    let opinion = grade(
        category: .composition, [(Evidence.pubmed(1, types: ["Letter"]), .supports, nil)])
    #expect(opinion.computedVerdict == .unsupported)
}

@Test func aReviewOverridesTheVerdictInForceButNotTheComputedOne() {
    let review = Review(
        reviewer: "Ann Lee", date: "2026-11-20", decision: .override, verdict: .weak,
        reason: "Single trial.")
    let result = grade(review: review, [(Evidence.rct(1), .supports, nil)])
    #expect(result.computedVerdict == .supported)
    #expect(result.verdict == .weak)
    #expect(result.claim.review == review)
}

@Test func anIncompleteReviewIsIgnoredAndReported() {
    let review = Review(
        reviewer: " ", date: "2026-02-30", decision: .override, verdict: .supported, reason: "")
    let (claim, references) = Evidence.claim(
        review: review, [(Evidence.rct(1), .null, nil)])
    let result = grader.assess(claim, references: references)
    #expect(result.verdict == .unsupported)
    #expect(result.claim.review == nil)
    let problems = grader.reviewProblems(in: KnowledgeBase(claims: [claim], references: references))
    #expect(
        problems.map(\.description) == [
            "Claims/test-claim: error: review of claim 'test-claim' ignored: the review has no reviewer name [invalid-review]",
            "Claims/test-claim: error: review of claim 'test-claim' ignored: review date '2026-02-30' is not a date (expected YYYY-MM-DD) [invalid-review]",
            "Claims/test-claim: error: review of claim 'test-claim' ignored: the review has no reason [invalid-review]",
        ])
}

@Test func unresolvedCitationsAreNotCounted() {
    let claim = Claim(
        id: ClaimID("c")!, document: "d", quote: "q", statement: "s", category: .efficacy,
        citations: [Citation(reference: ReferenceKey("missing")!, stance: .supports)])
    let result = grader.assess(claim, references: [:])
    #expect(result.computedVerdict == .unsupported)
    #expect(
        result.citations[0].reasoning == [
            "Not found in the knowledge base: not counted.",
            "Not counted for this claim: not in the knowledge base.",
        ])
}

@Test func theDefaultPolicyIsConsistent() {
    #expect(Policy.default.problems().isEmpty)
    var broken = Policy.default
    broken.levels["trial"] = 2
    broken.starts["rct"] = 7
    #expect(
        broken.problems() == [
            "unknown key 'trial' in 'levels' (expected one of: meta-analysis, rct, non-randomised-trial, observational, case-report, review, experimental, guideline, regulatory, composition, reference, opinion, notice, unknown)",
            "start 7 of 'rct' is out of range (expected 1 to 4)",
        ])
}

@Test func theStartSaysWhichKindOfSourceGradesTheClaim() {
    let regulatory = grade(
        category: .regulatory, [(Evidence.csl("decision", design: .regulatory), .supports, nil)])
    #expect(
        regulatory.steps.first?.reason
            == "Starts high: graded by regulatory sources only, not trials; the best counted "
            + "evidence is regulatory document (Agency)."
    )
    let composition = grade(
        category: .composition, [(Evidence.csl("table", design: .composition), .supports, nil)])
    #expect(
        composition.steps.first?.reason
            == "Starts high: graded by analyses and reference works, not trials; the best "
            + "counted evidence is food-composition analysis (Agency).")
}
