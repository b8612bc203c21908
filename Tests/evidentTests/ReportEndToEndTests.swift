import EvidentKit
import Foundation
import Testing

/// The real vitamin K2 knowledge base, graded with its checked-in policy.
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

@Test func noStudiesClaimIsSupportedByAnimalOrInVitroWorkAlone() throws {
    let report = try #require(realReport)
    for assessment in report.claims where assessment.computedVerdict == .supported {
        guard [.efficacy, .safety, .mechanism].contains(assessment.claim.category) else { continue }
        let human = assessment.citations.filter {
            $0.counted && $0.stance == .supports && [.humans, .mixed].contains($0.population)
        }
        #expect(!human.isEmpty, "\(assessment.claim.id) is supported without human evidence")
    }
}

@Test func theParkinsonsClaimRestingOnAFlyStudyIsUnsupported() throws {
    let parkinsons = try assessment("k2-treats-parkinsons")
    #expect(parkinsons.computedVerdict == .unsupported)
    #expect(parkinsons.citations.contains { $0.population == .animals && !$0.counted })
    #expect(parkinsons.citations.contains { $0.retracted && !$0.counted })
}

@Test func mechanismOnlyClaimsAreNotSupported() throws {
    for id in [
        "k2-liver-detox", "k2-produces-bone-protein", "osteocalcin-binds-calcium-bone-strength",
    ] {
        #expect(try assessment(id).computedVerdict == .unsupported, "\(id)")
    }
    let mgp = try assessment("mgp-prevents-arterial-soft-tissue-calcification")
    #expect(mgp.computedVerdict != .supported)
}

@Test func boneDensityOnSurrogateOutcomesShowsAnIndirectnessDowngrade() throws {
    let report = try #require(realReport)
    let surrogate = report.claims.filter { $0.claim.outcome?.kind == .surrogate }
    #expect(!surrogate.isEmpty)
    for claim in surrogate where claim.computedVerdict == .supported {
        #expect(claim.steps.contains { $0.domain == .indirectness }, "\(claim.claim.id)")
    }
    let density = try assessment("k2-increases-bone-density")
    #expect(density.computedVerdict != .supported)
    let indirectness = try #require(density.steps.first { $0.domain == .indirectness })
    #expect(indirectness.change == -1)
    #expect(indirectness.reason.contains("bone mineral density, is a surrogate outcome"))
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

@Test(arguments: [
    ("k2-osteoporosis-fracture-prevention", Verdict.unsupported),
    ("k2-prevents-cirrhosis-to-liver-cancer", .unsupported),
    ("k2-diuretic", .unsupported),
    ("k2-lowers-blood-pressure", .unsupported),
    ("k2-extracts-vessel-calcium-to-bone", .unsupported),
    ("k2-reduces-vascular-calcification", .unsupported),
    ("k1-lacks-bone-calcium-activity", .unsupported),
    ("k2-osteoporosis-treatment-prevention", .weak),
    ("k2-prevents-cardiovascular-disease", .weak),
    ("k2-activates-osteocalcin-and-mgp", .supported),
    ("k2-role-in-clotting-and-bone", .supported),
    ("k2-food-natto", .supported),
    ("k2-is-fat-soluble-menaquinone", .supported),
])
func verdictsAReviewerWouldSign(id: String, verdict: Verdict) throws {
    #expect(try assessment(id).computedVerdict == verdict)
}

@Test func everyStepSaysWhyAndNamesItsReferences() throws {
    let report = try #require(realReport)
    for claim in report.claims {
        for step in claim.steps {
            #expect(!step.reason.isEmpty)
            #expect(step.domain == .upgrade || !step.references.isEmpty, "\(claim.claim.id)")
        }
        #expect(!claim.verdictReason.isEmpty)
    }
}
