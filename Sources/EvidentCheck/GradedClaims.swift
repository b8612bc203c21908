import EvidentModel
import Foundation

/// The claims a checker matches copy against, each graded on first use.
///
/// A check needs the verdict and certainty of only the claims its sentences match, so a large
/// knowledge base is not graded whole on every run: `grade` runs once per claim asked for (the
/// answer is cached; grading is deterministic, so the findings are those of grading everything
/// first). Safe to share between the checker's threads.
public final class GradedClaims: @unchecked Sendable {
    /// The claims, in the order the index reads them.
    public let claims: [Claim]
    private let grade: @Sendable (Int) -> Grade
    /// Guards `grades`.
    private let lock = NSLock()
    private var grades: [Grade?]

    /// What a check says of a claim: its verdict in force, its certainty, and whether good
    /// evidence shows it false (what `evident report` calls *contradicted*; the verdict is then
    /// unsupported).
    struct Grade: Sendable {
        var verdict: Verdict
        var certainty: Certainty
        var contradicted: Bool

        init(_ assessment: ClaimAssessment) {
            verdict = assessment.verdict
            certainty = assessment.certainty
            contradicted = assessment.contradicted && assessment.verdict == .unsupported
        }
    }

    /// Claims graded by `grade` when first asked for.
    public init(claims: [Claim], grade: @escaping @Sendable (Claim) -> ClaimAssessment) {
        self.claims = claims
        self.grade = { index in Grade(grade(claims[index])) }
        self.grades = Array(repeating: nil, count: claims.count)
    }

    /// Claims graded already.
    public init(_ assessments: [ClaimAssessment]) {
        let grades = assessments.map(Grade.init)
        self.claims = assessments.map(\.claim)
        self.grade = { grades[$0] }
        self.grades = grades
    }

    /// How many claims there are.
    public var count: Int { claims.count }

    /// The verdict in force, the certainty and whether it is contradicted, of the claim at
    /// `index`.
    func grade(at index: Int) -> Grade {
        lock.lock()
        let known = grades[index]
        lock.unlock()
        if let known { return known }
        // Graded outside the lock: two threads asking at once both get the same answer.
        let graded = grade(index)
        lock.lock()
        grades[index] = graded
        lock.unlock()
        return graded
    }
}
