import EvidentModel
import Testing

@testable import EvidentGrading

/// A large knowledge base is graded in batches on several threads, with a classification
/// cache per batch: the result must be exactly the one-claim-at-a-time grading, in order.
@Test func batchedGradingEqualsGradingEachClaim() throws {
    let designs: [(UInt64) -> Reference] = [
        { Evidence.rct($0, title: "A randomised trial with a dose-response gradient") },
        Evidence.cohort, Evidence.mice,
        { Evidence.pubmed($0, types: ["Meta-Analysis"], title: "Pooled randomized trials") },
        { Evidence.pubmed($0, types: ["Retracted Publication", "Journal Article"]) },
    ]
    var references: [ReferenceKey: Reference] = [:]
    for pmid in UInt64(1)...400 {
        let reference = designs[Int(pmid) % designs.count](pmid)
        references[reference.key] = reference
    }
    let stances: [Stance] = [.supports, .null, .contradicts, .mixed, .background]
    let categories = ClaimCategory.allCases
    let count = Grader.claimsPerBatch * 2 + 345
    let claims = (0..<count).map { n in
        Claim(
            id: ClaimID("claim-\(count - n)")!, document: "doc", quote: "q", statement: "s",
            category: categories[n % categories.count], subjects: ["vitamin K2"],
            outcome: Outcome(name: "fracture", kind: n % 2 == 0 ? .clinical : .surrogate),
            citations: (0..<(n % 4)).map { c in
                Citation(
                    reference: ReferenceKey(pmid: PMID(UInt64((n * 7 + c * 13) % 410 + 1))!),
                    stance: stances[(n + c) % stances.count],
                    appraisal: c == 1
                        ? Appraisal(riskOfBias: .high, outcome: .surrogate, fit: .partial) : nil)
            })
    }
    let kb = KnowledgeBase(documents: [:], claims: claims, references: references)
    let grader = Grader(policy: try Policy.bundled())
    let batched = grader.grade(kb)
    let single = claims.sorted { $0.id < $1.id }.map { grader.assess($0, references: references) }
    #expect(batched.count == count)
    #expect(batched == single)
    #expect(Set(batched.map(\.verdict)).count > 1)
}
