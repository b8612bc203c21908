import EvidentGrading
import EvidentModel
import Testing

/// Participant counts however large never overflow the grader's arithmetic: two trials
/// appraised at the largest count an `Int` holds are graded like two large trials.
@Test func participantCountsBeyondAnySumGradeWithoutOverflow() throws {
    let huge = Appraisal(riskOfBias: .low, participants: .max)
    let trial = ["Randomized Controlled Trial", "Journal Article"]
    let (claim, references) = Evidence.claim([
        (Evidence.pubmed(1, types: trial, author: "Ames"), .supports, huge),
        (Evidence.pubmed(2, types: trial, author: "Bell"), .supports, huge),
    ])
    let result = Grader(policy: try Policy.bundled()).assess(claim, references: references)
    #expect(!result.steps.contains { $0.reason.contains("people in all") })
    #expect(result.citations.count == 2)
}
