import EvidentKit
import Foundation
import Testing

/// The real knowledge base (vitamin K2 and omega-3), graded with its checked-in policy.
private let realReport: EvidenceReport? = {
    guard let (kb, _) = try? Evident.loadKnowledgeBase(at: repositoryRoot),
        let policy = try? Evident.loadPolicy(knowledgeBase: repositoryRoot)
    else { return nil }
    return Evident.report(kb: kb, policy: policy, generatedAt: "2026-11-24T12:00:00Z")
}()

private func assessment(_ id: String) throws -> ClaimAssessment {
    let report = try #require(realReport)
    return try #require(report.claims.first { $0.claim.id.rawValue == id })
}

@Test func theRealKnowledgeBaseIsGraded() throws {
    let report = try #require(realReport)
    #expect(report.claims.count >= 35)
    #expect(report.kbHash.count == 64)
}

@Test func noClaimAboutPeopleIsSupportedByAnimalOrInVitroWorkAlone() throws {
    let report = try #require(realReport)
    for assessment in report.claims where assessment.computedVerdict != .unsupported {
        guard [.efficacy, .disease, .safety].contains(assessment.claim.category) else { continue }
        let human = assessment.citations.filter {
            $0.counted && ($0.stance == .supports || $0.stance == .mixed)
                && [.humans, .mixed, .unknown].contains($0.population)
        }
        #expect(!human.isEmpty, "\(assessment.claim.id) rests on no human evidence")
    }
}

@Test func theParkinsonsClaimRestingOnAFlyStudyIsUnsupported() throws {
    let parkinsons = try assessment("k2-treats-parkinsons")
    #expect(parkinsons.computedVerdict == .unsupported)
    #expect(!parkinsons.contradicted)
    #expect(parkinsons.citations.contains { $0.population == .animals && !$0.counted })
    #expect(parkinsons.citations.contains { $0.retracted && !$0.counted })
}

@Test func biologyRestingOnConsistentGeneticModelsIsSupported() throws {
    let mgp = try assessment("mgp-prevents-arterial-soft-tissue-calcification")
    #expect(mgp.computedVerdict == .supported)
    #expect(
        mgp.citations.filter { $0.counted && $0.stance == .supports }.allSatisfy {
            $0.population == .animals
        })
}

@Test func aSlowerLossIsNotAnIncrease() throws {
    let density = try assessment("k2-increases-bone-density")
    #expect(density.computedVerdict == .weak)
    #expect(!density.contradicted)
    #expect(density.steps.contains { $0.domain == .inconsistency })
    #expect(density.rationale.contains("supports only a weaker or narrower form of it"))
}

@Test(arguments: [
    "reg-japan-2001-osteoporosis-approval", "reg-us-fda-2006-food-additive-approval",
    "reg-eu-2007-food-fortification-approval", "reg-eu-2009-bioavailability-bone-cv-recognition",
])
func regulatoryClaimsWithWrongFactsAreUnsupportedAndContradicted(id: String) throws {
    let claim = try assessment(id)
    #expect(claim.computedVerdict == .unsupported)
    #expect(claim.contradicted)
    #expect(
        claim.citations.filter(\.counted).allSatisfy {
            [.regulatory, .reference].contains($0.design)
        })
}

/// What the rubric says of every claim of both articles, given the evidence and its appraisal
/// (the reasoning per claim is in the commits that introduced the semantics and reviewed the
/// omega-3 article). `c` marks contradicted.
@Test(arguments: [
    ("calcium-accumulation-causes-vascular-calcification", "unsupported"),
    ("calcium-deposits-in-right-or-wrong-places", "unsupported"),
    ("k1-lacks-bone-calcium-activity", "unsupported c"),
    ("k1-primarily-clotting", "weak"),
    ("k2-activates-osteocalcin-and-mgp", "supported"),
    ("k2-additional-bone-cv-roles", "weak"),
    ("k2-addresses-root-cause-osteoporosis", "unsupported c"),
    ("k2-big-role-against-vascular-calcification", "weak"),
    ("k2-diuretic", "unsupported"),
    ("k2-extracts-vessel-calcium-to-bone", "unsupported c"),
    ("k2-food-cheese", "supported"),
    ("k2-food-egg-yolk", "weak"),
    ("k2-food-natto", "supported"),
    ("k2-food-organ-meats", "weak"),
    ("k2-increases-bone-density", "weak"),
    ("k2-is-fat-soluble-menaquinone", "supported"),
    ("k2-key-activator-calcium-proteins", "weak"),
    ("k2-liver-detox", "unsupported"),
    ("k2-lowers-blood-pressure", "weak"),
    ("k2-osteoporosis-fracture-prevention", "weak"),
    ("k2-osteoporosis-treatment-prevention", "weak"),
    ("k2-prevents-cardiovascular-disease", "unsupported"),
    ("k2-prevents-cirrhosis-to-liver-cancer", "weak"),
    ("k2-produced-by-gut-bacteria", "supported"),
    ("k2-produces-bone-protein", "unsupported c"),
    ("k2-reduces-vascular-calcification", "weak"),
    ("k2-role-in-clotting-and-bone", "supported"),
    ("k2-safety-confirmed", "weak"),
    ("k2-treats-parkinsons", "unsupported"),
    ("mgp-prevents-arterial-soft-tissue-calcification", "supported"),
    ("mk7-mainly-from-natto", "supported"),
    ("osteocalcin-binds-calcium-bone-strength", "weak"),
    ("reg-eu-2007-food-fortification-approval", "unsupported c"),
    ("reg-eu-2009-bioavailability-bone-cv-recognition", "unsupported c"),
    ("reg-japan-2001-osteoporosis-approval", "unsupported c"),
    ("reg-us-fda-2006-food-additive-approval", "unsupported c"),
    ("vascular-calcification-causes-cvd", "supported"),
    ("vitamin-k-no-abnormal-clotting-or-thrombosis", "weak"),
    // The omega-3 article, graded by the same code and default policy: each verdict read
    // against ../shared/research/omega3/evidence.json and the written semantics.
    ("adhd-clear-improvement", "unsupported c"),
    ("aha-fish-twice-weekly", "supported"),
    ("ala-conversion-inefficient", "supported"),
    ("ala-from-plants", "supported"),
    ("any-fish-oil-same-protection", "unsupported c"),
    ("bleeding-risk-blood-thinners", "weak"),
    ("choose-third-party-tested-brand", "unsupported"),
    ("completely-safe-no-side-effects", "unsupported c"),
    ("cures-dry-eye", "weak"),
    ("depression-as-good-as-antidepressants", "weak"),
    ("dha-structural-retina-brain", "supported"),
    ("epa-dha-long-chain-omega3", "supported"),
    ("few-supplements-so-many-benefits", "unsupported"),
    ("intake-250-500mg", "supported"),
    ("lowers-blood-pressure-significantly", "weak"),
    ("lowers-triglycerides-30pct", "supported"),
    ("oily-fish-richest-source", "supported"),
    ("omega3-originate-in-algae", "weak"),
    ("omega3-polyunsaturated-fats", "supported"),
    ("plant-sources-ala", "supported"),
    ("post-mi-dramatic-mortality-reduction", "unsupported c"),
    ("pregnancy-lowers-preterm-birth", "supported"),
    ("prevents-cancer", "unsupported c"),
    ("prevents-dementia-alzheimers", "unsupported c"),
    ("prevents-heart-attack-stroke-everyone", "unsupported c"),
    ("protects-against-atrial-fibrillation", "unsupported c"),
    ("protects-against-macular-degeneration", "unsupported c"),
    ("purified-fish-oil-little-mercury", "supported"),
    ("reduce-it-25pct", "supported"),
    ("reduces-inflammation-body", "supported"),
    ("reg-eu-heart-function-250mg", "supported"),
    ("reg-fda-2004-qhc-chd", "supported"),
    ("reg-fda-2015-qhc-blood-pressure", "unsupported c"),
    ("reg-lovaza-2010", "unsupported c"),
    ("reg-vascepa-2012", "supported"),
    ("regulatory-track-record", "supported"),
    ("relieves-ra-joint-pain", "weak"),
])
func verdictsAReviewerWouldSign(id: String, expected: String) throws {
    let claim = try assessment(id)
    let got = claim.computedVerdict.rawValue + (claim.contradicted ? " c" : "")
    #expect(got == expected, "\(id): \(claim.rationale)")
}

@Test func everyClaimHasARationaleAndEveryStepSaysWhy() throws {
    let report = try #require(realReport)
    let documents = Dictionary(grouping: report.claims, by: \.claim.document)
    #expect(documents.mapValues(\.count) == ["vitamin-k2-article": 38, "omega3-article": 37])
    for claim in report.claims {
        for step in claim.steps {
            #expect(!step.reason.isEmpty)
            #expect(!step.references.isEmpty, "\(claim.claim.id)")
        }
        #expect(!claim.verdictReason.isEmpty)
        let label = claim.contradicted ? "Contradicted" : claim.computedVerdict.rawValue.capitalized
        #expect(claim.rationale.hasPrefix(label), "\(claim.claim.id)")
        #expect(claim.rationale.hasSuffix("."), "\(claim.claim.id)")
        #expect(!claim.rationale.contains("\n"), "\(claim.claim.id)")
    }
}
