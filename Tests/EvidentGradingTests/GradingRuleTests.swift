import EvidentGrading
import EvidentModel
import Testing

/// The bundled default policy with a small product vocabulary (substance "A": forms;
/// substance "B"), as a knowledge base's `Claims/policy.yaml` would add it.
private func policy(_ overrides: String = "") throws -> Policy {
    try Policy.overlaid(
        """
        forms:
          - {name: substance A, family: substance A, generic: true}
          - {name: A-1, family: substance A, aliases: [a-one]}
          - {name: A-2, family: substance A}
          - {name: substance B, family: substance B, generic: true}
        \(overrides)
        """, path: "policy.yaml")
}

private func grade(
    kind category: ClaimCategory = .efficacy, outcome: Outcome? = nil,
    subjects: [String] = ["substance A"], review: Review? = nil,
    _ citations: [(Reference, Stance, Appraisal?)], policy overrides: String = ""
) throws -> ClaimAssessment {
    let (claim, references) = Evidence.claim(
        category: category, outcome: outcome, subjects: subjects, review: review, citations)
    return Grader(policy: try policy(overrides)).assess(claim, references: references)
}

private let trial = ["Randomized Controlled Trial", "Journal Article"]
private let fracture = Outcome(name: "fracture", kind: .clinical)
private let density = Outcome(name: "bone density", kind: .surrogate)

/// A randomised trial in people, by an author (so names in reasons tell them apart).
private func rct(_ pmid: UInt64, _ author: String) -> Reference {
    Evidence.pubmed(pmid, types: trial, author: author)
}

private func good(_ participants: Int = 300, _ forms: [String] = []) -> Appraisal {
    Appraisal(riskOfBias: .low, forms: forms, participants: participants)
}

// MARK: - Nothing to go on

@Test func aClaimWithoutCitationsIsUnsupported() throws {
    let result = try grade([])
    #expect(result.computedVerdict == .unsupported)
    #expect(!result.contradicted)
    #expect(result.certainty == .veryLow)
    #expect(result.steps.isEmpty)
    #expect(result.verdictReason == "No qualifying evidence: no reference is cited.")
    #expect(result.rationale == "Unsupported: no evidence is cited.")
}

@Test func backgroundEvidenceNeverSupports() throws {
    let result = try grade([(rct(1, "Ames"), .background, nil), (rct(2, "Bell"), .background, nil)])
    #expect(result.computedVerdict == .unsupported)
    #expect(!result.contradicted)
    #expect(result.citations.allSatisfy { !$0.counted })
    #expect(result.verdictReason == "No qualifying evidence: 2 citations background only.")
    #expect(
        result.rationale
            == "Unsupported: nothing cited that can bear a claim about an effect on health in "
            + "people supports it (2 citations are background only).")
}

@Test func reviewsAndOpinionAreContextOnlyForEfficacy() throws {
    let result = try grade([
        (Evidence.pubmed(1, types: ["Review"]), .supports, nil),
        (Evidence.pubmed(2, types: ["Editorial"]), .supports, nil),
    ])
    #expect(result.computedVerdict == .unsupported)
    #expect(result.citations.map(\.design) == [.review, .opinion])
    #expect(
        result.citations[0].reasoning.last
            == "Not counted for this claim: narrative review: cannot bear a claim about an effect "
            + "on health in people.")
}

@Test func retractedStudiesAndNoticesAreNotEvidence() throws {
    let retracted = Evidence.pubmed(
        1, types: ["Randomized Controlled Trial", "Retracted Publication"])
    let notice = Evidence.pubmed(2, types: ["Published Erratum"])
    let result = try grade([(retracted, .supports, nil), (notice, .contradicts, nil)])
    #expect(result.citations[0].retracted)
    #expect(result.citations.map(\.counted) == [false, false])
    #expect(result.citations[1].design == .notice)
    #expect(result.computedVerdict == .unsupported)
    #expect(!result.contradicted)
    #expect(
        result.verdictReason
            == "No qualifying evidence: 1 citation retracted; 1 citation a notice, not evidence.")
}

@Test func unresolvedCitationsAreNotCounted() throws {
    let claim = Claim(
        id: ClaimID("c")!, document: "d", quote: "q", statement: "s", category: .efficacy,
        citations: [Citation(reference: ReferenceKey("missing")!, stance: .supports)])
    let result = Grader(policy: try policy()).assess(claim, references: [:])
    #expect(result.computedVerdict == .unsupported)
    #expect(
        result.citations[0].reasoning == [
            "Not found in the knowledge base: not counted.",
            "Not counted for this claim: not in the knowledge base.",
        ])
}

// MARK: - Supported

@Test func twoConsistentGoodTrialsSupportAtHighCertainty() throws {
    let result = try grade(
        outcome: fracture,
        [(rct(1, "Ames"), .supports, good()), (rct(2, "Bell"), .supports, good())])
    #expect(result.steps.summary == ["start 4"])
    #expect(
        result.steps[0].reason
            == "Starts high: the best supporting evidence is randomised controlled trial "
            + "(Ames 2020, Bell 2020).")
    #expect(result.certainty == .high)
    #expect(result.computedVerdict == .supported)
    #expect(!result.contradicted)
    #expect(
        result.rationale
            == "Supported (high certainty): two randomised controlled trials (Ames 2020, Bell 2020) "
            + "support it, and nothing of similar quality disagrees.")
}

@Test func aWeakNullFarBelowTheSupportIsNoInconsistency() throws {
    let result = try grade([
        (rct(1, "Ames"), .supports, good()), (rct(2, "Bell"), .supports, good()),
        (Evidence.cohort(3), .null, nil),
    ])
    #expect(result.steps.summary == ["start 4"])
    #expect(result.computedVerdict == .supported)
}

// MARK: - Weak: mixed, overstated, limited

@Test func supportAlongsideNullTrialsIsWeakNeverContradicted() throws {
    let result = try grade(
        outcome: density,
        [
            (rct(1, "Ames"), .supports, good(500)), (rct(2, "Bell"), .null, good()),
            (rct(3, "Cole"), .null, good()), (rct(4, "Dunn"), .contradicts, good()),
        ])
    #expect(result.steps.summary == ["start 4", "imprecision -1", "inconsistency -1"])
    #expect(
        result.steps[2].reason
            == "Studies about as good as the support disagree: Bell 2020, Cole 2020 found no "
            + "effect; Dunn 2020 contradicts it.")
    #expect(result.computedVerdict == .weak)
    #expect(!result.contradicted)
    #expect(
        result.rationale
            == "Weak (low certainty): one randomised controlled trial (Ames 2020) supports it; two "
            + "randomised controlled trials (Bell 2020, Cole 2020) found no effect; one randomised "
            + "controlled trial (Dunn 2020) contradicts it (limited by too few studies or people "
            + "and inconsistent results).")
}

@Test func aMixedSynthesisAloneIsWeak() throws {
    let pooled = Evidence.pubmed(
        1, types: ["Meta-Analysis"], title: "A meta-analysis of randomised controlled trials",
        author: "Pool")
    let result = try grade(outcome: density, [(pooled, .mixed, nil)])
    #expect(result.computedVerdict == .weak)
    #expect(result.steps.summary == ["start 4", "indirectness -1"])
    #expect(
        result.rationale
            == "Weak (moderate certainty): one systematic review or meta-analysis (Pool 2020) is "
            + "mixed (limited by indirect evidence).")
}

@Test func anOverstatedClaimIsWeakWhateverTheDesign() throws {
    let partial = Appraisal(riskOfBias: .low, fit: .partial, participants: 900)
    let result = try grade(
        outcome: density,
        [(rct(1, "Ames"), .supports, partial), (rct(2, "Bell"), .supports, partial)])
    #expect(result.computedVerdict == .weak)
    #expect(!result.contradicted)
    #expect(
        result.verdictReason
            == "Only part of the statement, or a weaker form of it, is supported (moderate "
            + "certainty): at best weak.")
    #expect(
        result.rationale
            == "Weak (moderate certainty): two randomised controlled trials (Ames 2020, Bell 2020) "
            + "support only a weaker or narrower form of it (limited by indirect evidence).")
}

@Test func lowCertaintySupportIsWeak() throws {
    let result = try grade([
        (Evidence.cohort(1), .supports, nil), (Evidence.cohort(2), .supports, nil),
    ])
    #expect(result.certainty == .low)
    #expect(result.computedVerdict == .weak)
    #expect(
        result.verdictReason
            == "Support with low certainty; supported needs moderate or higher.")
}

@Test func surrogateOnlySupportForAClinicalClaimIsWeak() throws {
    let surrogate = Appraisal(riskOfBias: .low, outcome: .surrogate, participants: 2_000)
    let result = try grade(
        outcome: fracture,
        [(rct(1, "Ames"), .supports, surrogate), (rct(2, "Bell"), .supports, surrogate)])
    #expect(result.steps.summary == ["start 4", "indirectness -1"])
    #expect(
        result.steps[1].reason
            == "The best evidence measured surrogate outcomes (Ames 2020, Bell 2020), not the "
            + "claim's clinical outcome, fracture.")
    #expect(result.certainty == .moderate)
    #expect(result.computedVerdict == .weak)
    #expect(
        result.verdictReason
            == "Support measured only outcomes further from people than the claim's, so at best "
            + "weak (moderate certainty).")
}

// MARK: - Claim kinds

@Test func aMechanismClaimRestsOnConsistentExperimentalEvidence() throws {
    let knockouts: [(Reference, Stance, Appraisal?)] = [
        (Evidence.mice(1), .supports, nil), (Evidence.mice(2), .supports, nil),
    ]
    let mechanism = try grade(kind: .mechanism, knockouts)
    #expect(mechanism.steps.summary == ["start 3"])
    #expect(mechanism.computedVerdict == .supported)
    let single = try grade(kind: .mechanism, [(Evidence.mice(1), .supports, nil)])
    #expect(single.computedVerdict == .weak)
    #expect(single.steps.summary == ["start 3", "imprecision -1"])
    let efficacy = try grade(kind: .efficacy, knockouts)
    #expect(efficacy.computedVerdict == .unsupported)
    #expect(!efficacy.contradicted)
    #expect(
        efficacy.rationale
            == "Unsupported: nothing cited that can bear a claim about an effect on health in "
            + "people supports it (laboratory or animal experiment: Smith 2020).")
}

@Test func aPreventionClaimRestingOnAssociationsIsUnsupported() throws {
    let cohorts: [(Reference, Stance, Appraisal?)] = [
        (Evidence.pubmed(1, types: ["Observational Study"], author: "Ames"), .supports, nil),
        (Evidence.pubmed(2, types: ["Observational Study"], author: "Bell"), .supports, nil),
    ]
    let disease = try grade(kind: .disease, outcome: fracture, cohorts)
    #expect(disease.computedVerdict == .unsupported)
    #expect(!disease.contradicted)
    #expect(
        disease.rationale
            == "Unsupported: nothing cited that can bear a claim that something prevents or "
            + "treats a disease supports it (observational study: Ames 2020 and Bell 2020).")
    #expect(try grade(kind: .efficacy, outcome: fracture, cohorts).computedVerdict == .weak)
}

@Test func aDiseaseClaimNeedsTrialsOnTheDiseaseItself() throws {
    let stiffness = Appraisal(riskOfBias: .low, outcome: .surrogate, participants: 500)
    let surrogate = try grade(
        kind: .disease, outcome: fracture, [(rct(1, "Ames"), .supports, stiffness)])
    #expect(surrogate.computedVerdict == .unsupported)
    #expect(
        surrogate.citations[0].reasoning.last
            == "Not counted for this claim: measured a surrogate outcome: cannot bear a claim "
            + "that something prevents or treats a disease.")
    let clinical = try grade(
        kind: .disease, outcome: fracture,
        [(rct(1, "Ames"), .supports, good(800)), (rct(2, "Bell"), .supports, good(900))])
    #expect(clinical.computedVerdict == .supported)
    let observationalSynthesis = Evidence.pubmed(3, types: ["Meta-Analysis"], title: "Cohorts")
    let pooled = try grade(
        kind: .disease, outcome: fracture, [(observationalSynthesis, .supports, nil)])
    #expect(pooled.computedVerdict == .unsupported)
    #expect(
        pooled.citations[0].reasoning.last
            == "Not counted for this claim: a synthesis of observational studies: cannot bear a "
            + "claim that something prevents or treats a disease.")
}

@Test func animalToxicologyAloneCannotConfirmSafety() throws {
    let result = try grade(
        kind: .safety, [(Evidence.mice(1), .supports, nil), (Evidence.mice(2), .supports, nil)])
    #expect(result.steps.summary == ["start 2", "indirectness -2"])
    #expect(result.computedVerdict == .weak)
}

@Test func regulatoryClaimsAreGradedByRegulatorySourcesOnly() throws {
    let trials = try grade(
        kind: .regulatory, [(rct(1, "Ames"), .supports, nil), (rct(2, "Bell"), .supports, nil)])
    #expect(trials.computedVerdict == .unsupported)
    #expect(trials.citations.allSatisfy { !$0.counted })
    let approval = Evidence.csl("decision", design: .regulatory)
    let confirmed = try grade(kind: .regulatory, [(approval, .supports, nil)])
    #expect(confirmed.computedVerdict == .supported)
    #expect(confirmed.certainty == .high)
    #expect(
        confirmed.steps.first?.reason
            == "Starts high: graded by regulatory sources only, not trials; the best supporting "
            + "evidence is regulatory document (Agency).")
}

@Test func compositionClaimsAreGradedByAnalysesAndReferenceWorks() throws {
    let analysis = Evidence.csl("analysis", design: .composition, population: .inVitro)
    let factSheet = Evidence.csl("ods", design: .reference, population: .mixed)
    let result = try grade(
        kind: .composition, [(analysis, .supports, nil), (factSheet, .supports, nil)])
    #expect(result.steps.summary == ["start 4", "imprecision -1"])
    #expect(
        result.steps.first?.reason
            == "Starts high: graded by analyses and reference works, not trials; the best "
            + "supporting evidence is food-composition analysis (Agency).")
    #expect(result.computedVerdict == .supported)
    let opinion = try grade(
        kind: .composition, [(Evidence.pubmed(1, types: ["Letter"]), .supports, nil)])
    #expect(opinion.computedVerdict == .unsupported)
}

// MARK: - Contradicted

@Test func aWrongDateIsContradicted() throws {
    let label = Evidence.csl("label", design: .reference)
    let decision = Evidence.csl("decision", design: .regulatory)
    let result = try grade(
        kind: .regulatory, [(label, .contradicts, nil), (decision, .contradicts, nil)])
    #expect(result.computedVerdict == .unsupported)
    #expect(result.contradicted)
    #expect(result.certainty == .high)
    #expect(
        result.rationale
            == "Contradicted (high certainty): one reference work (Agency) and one regulatory "
            + "document (Agency) show it is wrong, and nothing that can bear a regulatory fact "
            + "supports it.")
}

@Test func aRegulatoryFactWithAWrongPartIsContradictedThoughAnotherPartHolds() throws {
    let opinion = Evidence.csl("opinion", design: .regulatory)
    let later = Evidence.csl("later", design: .regulatory)
    let result = try grade(kind: .regulatory, [(opinion, .mixed, nil), (later, .contradicts, nil)])
    #expect(result.contradicted)
    #expect(
        result.rationale
            == "Contradicted (high certainty): one regulatory document (Agency) shows it is wrong; "
            + "one regulatory document (Agency) confirms only part of it.")
    let science = try grade(
        kind: .mechanism,
        [(rct(1, "Ames"), .mixed, good()), (rct(2, "Bell"), .contradicts, good())])
    #expect(science.computedVerdict == .weak)
    #expect(!science.contradicted)
}

@Test func consistentGoodNullTrialsAndNoSupportAreContradicted() throws {
    let result = try grade(
        outcome: density,
        [(rct(1, "Ames"), .null, good(250)), (rct(2, "Bell"), .null, good(250))])
    #expect(result.computedVerdict == .unsupported)
    #expect(result.contradicted)
    #expect(result.certainty == .high)
    #expect(
        result.rationale
            == "Contradicted (high certainty): two randomised controlled trials (Ames 2020, Bell "
            + "2020) found no effect, and nothing that can bear a claim about an effect on health "
            + "in people supports it.")
}

@Test func nullResultsAreNotEvidenceOfTheOpposite() throws {
    let smallTrial = try grade(outcome: density, [(rct(1, "Ames"), .null, good(60))])
    #expect(smallTrial.steps.isEmpty)
    #expect(smallTrial.computedVerdict == .unsupported)
    #expect(!smallTrial.contradicted)
    #expect(
        smallTrial.rationale
            == "Unsupported: nothing cited that can bear a claim about an effect on health in "
            + "people supports it; one randomised controlled trial (Ames 2020) found no effect, "
            + "not enough to show it wrong.")
    let cohorts = try grade(
        outcome: density,
        [
            (Evidence.pubmed(1, types: ["Observational Study"]), .null, nil),
            (Evidence.pubmed(2, types: ["Observational Study"]), .null, nil),
        ])
    #expect(!cohorts.contradicted)
    let assessment = Evidence.csl("opinion", design: .regulatory)
    let notEstablished = try grade(kind: .disease, outcome: fracture, [(assessment, .null, nil)])
    #expect(!notEstablished.contradicted)
    #expect(
        notEstablished.rationale
            == "Unsupported: nothing cited that can bear a claim that something prevents or "
            + "treats a disease supports it; one regulatory document (Agency) did not find it "
            + "established, not enough to show it wrong.")
}

@Test func goodEvidenceShowingTheClaimWrongContradictsIt() throws {
    let result = try grade(
        kind: .mechanism,
        [(rct(1, "Ames"), .contradicts, good()), (rct(2, "Bell"), .contradicts, good())])
    #expect(result.contradicted)
    #expect(result.steps.summary == ["start 4"])
    #expect(
        result.verdictReason
            == "The evidence against it reaches high certainty (contradicted needs moderate) and "
            + "nothing bears it out.")
}

// MARK: - GRADE domains from the appraisal, never from notes

@Test func highRiskOfBiasOnTheBestEvidenceRatesDown() throws {
    let open = Appraisal(riskOfBias: .high, participants: 600)
    let result = try grade([(rct(1, "Ames"), .supports, open), (rct(2, "Bell"), .supports, open)])
    #expect(result.steps.summary == ["start 4", "risk-of-bias -1"])
    #expect(
        result.steps[1].reason
            == "Much of the best evidence is at high risk of bias: Ames 2020, Bell 2020.")
    let noted = Citation(
        reference: rct(1, "Ames").key, stance: .supports,
        note: "open-label, post hoc, problematic, industry-funded, dose-dependent")
    let claim = Claim(
        id: ClaimID("notes")!, document: "d", quote: "q", statement: "s", category: .efficacy,
        citations: [noted])
    let fromNotes = Grader(policy: try policy()).assess(
        claim, references: [rct(1, "Ames").key: rct(1, "Ames")])
    #expect(fromNotes.steps.summary == ["start 4", "imprecision -1"])
}

@Test func anExpressionOfConcernRatesDown() throws {
    let concerned = Evidence.pubmed(
        1, types: ["Randomized Controlled Trial"], author: "Doubt",
        links: [CommentsCorrection(type: "ExpressionOfConcernIn")])
    let result = try grade([(concerned, .supports, good()), (rct(2, "Bell"), .supports, good())])
    #expect(result.citations[0].concern)
    #expect(result.steps.summary == ["start 4", "risk-of-bias -1"])
    #expect(result.steps[1].reason == "An expression of concern was published about Doubt 2020.")
}

@Test func imprecisionCountsStudiesAndPeople() throws {
    let one = try grade([(rct(1, "Ames"), .supports, good(500))])
    #expect(one.steps.summary == ["start 4", "imprecision -1"])
    #expect(
        one.steps[1].reason
            == "Only one study at the best design (Ames 2020), and no pooled analysis or "
            + "assessment.")
    #expect(one.computedVerdict == .supported)
    let small = try grade([(rct(1, "Ames"), .supports, good(40))])
    #expect(small.steps.summary == ["start 4", "imprecision -2"])
    #expect(small.computedVerdict == .weak)
    let few = try grade([
        (rct(1, "Ames"), .supports, good(120)), (rct(2, "Bell"), .supports, good(150)),
    ])
    #expect(few.steps.summary == ["start 4", "imprecision -1"])
    #expect(
        few.steps[1].reason == "270 people in all, and no pooled analysis or assessment.")
    let pooled = Evidence.pubmed(
        1, types: ["Meta-Analysis"], title: "A meta-analysis of randomised controlled trials")
    #expect(try grade([(pooled, .supports, nil)]).steps.summary == ["start 4"])
    let large = try grade([(rct(1, "Ames"), .supports, good(8_000))])
    #expect(large.steps.summary == ["start 4"])
    let unsized = try grade([(rct(1, "Ames"), .supports, nil)])
    #expect(unsized.steps.summary == ["start 4", "imprecision -1"])
}

@Test func industryFundingOfAllTheBestSupportRatesDown() throws {
    let paid = Appraisal(riskOfBias: .low, funding: .industry, participants: 500)
    let result = try grade([(rct(1, "Ames"), .supports, paid), (rct(2, "Bell"), .supports, paid)])
    #expect(result.steps.summary == ["start 4", "publication-bias -1"])
    let mixed = try grade([
        (rct(1, "Ames"), .supports, paid), (rct(2, "Bell"), .supports, good(500)),
    ])
    #expect(mixed.steps.summary == ["start 4"])
}

@Test func doseResponseAndLargeEffectsRateUpFromLow() throws {
    let gradient = Appraisal(doseResponse: true)
    let large = Appraisal(largeEffect: true)
    let result = try grade([
        (Evidence.cohort(1), .supports, gradient), (Evidence.cohort(2), .supports, large),
    ])
    #expect(result.steps.summary == ["start 2", "upgrade 2"])
    #expect(result.certainty == .high)
    #expect(result.computedVerdict == .supported)
    let trials = try grade([
        (rct(1, "Ames"), .supports, Appraisal(riskOfBias: .high, doseResponse: true)),
        (rct(2, "Bell"), .supports, Appraisal(riskOfBias: .high)),
    ])
    #expect(trials.steps.summary == ["start 4", "risk-of-bias -1"])
}

@Test func studiesOfAnotherFormRateDown() throws {
    let other = try grade(
        subjects: ["A-2"],
        [
            (rct(1, "Ames"), .supports, good(500, ["a-one"])),
            (rct(2, "Bell"), .supports, good(500, ["A-1"])),
        ])
    #expect(other.steps.summary == ["start 4", "indirectness -1"])
    #expect(
        other.steps[1].reason
            == "The best studies (Ames 2020, Bell 2020) used a-one and A-1, not a form the claim "
            + "names.")
    let family = try grade(
        subjects: ["substance A"],
        [
            (rct(1, "Ames"), .supports, good(500, ["A-1"])),
            (rct(2, "Bell"), .supports, good(500, ["A-2"])),
        ])
    #expect(family.steps.summary == ["start 4"])
    let unnamed = try grade(
        subjects: ["something else"], [(rct(1, "Ames"), .supports, good(500, ["substance B"]))])
    #expect(unnamed.steps.summary == ["start 4", "imprecision -1"])
}

// MARK: - Policy and reviews

@Test func theSupportedThresholdComesFromThePolicy() throws {
    let citations: [(Reference, Stance, Appraisal?)] = [(rct(1, "Ames"), .supports, good(500))]
    #expect(try grade(citations).computedVerdict == .supported)
    let strict = "verdict:\n  supported-minimum: high\n"
    #expect(try grade(citations, policy: strict).computedVerdict == .weak)
}

@Test func aReviewOverridesTheVerdictInForceButNotTheComputedOne() throws {
    let review = Review(
        reviewer: "Ann Lee", date: "2026-11-20", decision: .override, verdict: .weak,
        reason: "Single trial.")
    let result = try grade(review: review, [(rct(1, "Ames"), .supports, good(500))])
    #expect(result.computedVerdict == .supported)
    #expect(result.verdict == .weak)
    #expect(result.claim.review == review)
}

@Test func anIncompleteReviewIsIgnoredAndReported() throws {
    let review = Review(
        reviewer: " ", date: "2026-02-30", decision: .override, verdict: .supported, reason: "")
    let (claim, references) = Evidence.claim(review: review, [(rct(1, "Ames"), .null, nil)])
    let grader = Grader(policy: try policy())
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

// MARK: - Names in rationales

@Test func aWorkWithoutAnAuthorIsNamedByItsTitleNeverItsJournal() throws {
    func anonymous(_ pmid: UInt64, _ title: String) -> Reference {
        Reference(
            key: ReferenceKey(pmid: PMID(pmid)!), origin: .pubmedArticle, pmid: PMID(pmid),
            title: title, journal: Journal(title: "European Journal of Things"),
            pubDate: PubDate(year: 2016), publicationTypes: trial.map { PublicationType(name: $0) },
            mesh: [MeshHeading(descriptor: "Humans")])
    }
    let result = try grade([
        (anonymous(1, "Substance A prevents bone loss: a randomised trial"), .null, good()),
        (anonymous(2, "Short title"), .null, good()),
    ])
    #expect(
        result.rationale
            == "Contradicted (high certainty): two randomised controlled trials (“Substance A "
            + "prevents bone…” 2016, “Short title” 2016) found no effect, and nothing that can "
            + "bear a claim about an effect on health in people supports it.")
    #expect(!result.rationale.contains("Journal"))
    let untitled = Reference(
        key: ReferenceKey("note-2016")!, origin: .csl, pubDate: PubDate(year: 2016))
    #expect(try grade([(untitled, .supports, nil)]).rationale.hasSuffix("note-2016 (2016))."))
}

// MARK: - What a synthesis pooled

@Test func anAppraisalSaysWhatASynthesisPooledWhenItsRecordDoesNot() throws {
    let review = Evidence.pubmed(
        1, types: ["Systematic Review", "Meta-Analysis"], title: "Substance A for condition X",
        author: "Cole")
    let unknown = try grade(outcome: fracture, [(review, .null, nil)])
    #expect(unknown.citations[0].level == EvidenceLevel(3))
    #expect(!unknown.contradicted)
    let trials = try grade(outcome: fracture, [(review, .null, Appraisal(pools: .trials))])
    #expect(trials.citations[0].level == EvidenceLevel(1))
    #expect(
        trials.citations[0].reasoning.suffix(2) == [
            "Appraised as pooling randomised trials.", "Level 1 (OCEBM-style).",
        ])
    #expect(trials.computedVerdict == .unsupported)
    #expect(trials.contradicted)
    #expect(
        trials.rationale
            == "Contradicted (high certainty): one systematic review or meta-analysis (Cole 2020) "
            + "found no effect, and nothing that can bear a claim about an effect on health in "
            + "people supports it.")
    let titled = Evidence.pubmed(
        2, types: ["Meta-Analysis"], title: "A meta-analysis of randomized controlled trials",
        author: "Dunn")
    let observational = try grade(
        kind: .disease, outcome: fracture,
        [(titled, .supports, Appraisal(pools: .observational))])
    #expect(observational.citations[0].level == EvidenceLevel(3))
    #expect(!observational.citations[0].counted)
    #expect(observational.computedVerdict == .unsupported)
}

@Test func evidenceOnANarrowerFormNeverShowsTheStatementFalse() throws {
    let narrower = Appraisal(riskOfBias: .low, fit: .partial, participants: 5_000)
    let result = try grade(
        outcome: fracture,
        [(rct(1, "Ames"), .contradicts, narrower), (rct(2, "Bell"), .null, narrower)])
    #expect(result.computedVerdict == .unsupported)
    #expect(!result.contradicted)
    #expect(
        result.rationale
            == "Unsupported: nothing cited that can bear a claim about an effect on health in "
            + "people supports it; one randomised controlled trial (Bell 2020) found no effect on "
            + "a narrower form; one randomised controlled trial (Ames 2020) contradicts a narrower "
            + "form of it, not enough to show it wrong.")
    let asWorded = try grade(
        outcome: fracture,
        [(rct(1, "Ames"), .contradicts, narrower), (rct(2, "Bell"), .null, good(5_000))])
    #expect(asWorded.contradicted)
}
