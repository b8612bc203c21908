import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Claims are graded when a sentence first matches them, not all before the check: the
/// findings are those of grading every claim first, and a claim no sentence matches is never
/// graded.
struct GradedClaimsTests {
    /// The ids a grading closure was asked for, from several threads.
    final class Asked: @unchecked Sendable {
        private let lock = NSLock()
        private var ids: [String] = []

        func add(_ id: String) {
            lock.lock()
            ids.append(id)
            lock.unlock()
        }

        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return ids
        }
    }

    static func lazy(_ asked: Asked) -> GradedClaims {
        let byID = Dictionary(
            uniqueKeysWithValues: ClaimMatchingTests.claims.map { ($0.claim.id, $0) })
        return GradedClaims(claims: ClaimMatchingTests.claims.map(\.claim)) { claim in
            asked.add(claim.id.rawValue)
            return byID[claim.id] ?? ClaimMatchingTests.claims[0]
        }
    }

    @Test(arguments: [1, 2, 3])
    func lazyGradingGivesTheFindingsOfGradingFirst(workers: Int) {
        let asked = Asked()
        let lazy = Checker(book: Fixtures.book, claims: Self.lazy(asked))
        let eager = Checker(book: Fixtures.book, assessments: ClaimMatchingTests.claims)
        let source = SourceText(path: "long.txt", text: ParallelCheckTests.copy, format: .plain)
        let expected = eager.check(source, workers: workers)
        #expect(expected.findings.contains { $0.verdict != nil })
        #expect(lazy.check(source, workers: workers) == expected)
        // Only claims some finding names were graded, each once per thread at most.
        let named = Set(expected.findings.compactMap { $0.claimID?.rawValue })
        #expect(Set(asked.all).isSubset(of: named))
        #expect(!asked.all.isEmpty)
        #expect(asked.all.count <= Set(asked.all).count * workers)
        #expect(Set(asked.all).count < ClaimMatchingTests.claims.count)
    }

    @Test func copyThatMatchesNoClaimGradesNone() {
        let asked = Asked()
        let checker = Checker(book: Fixtures.book, claims: Self.lazy(asked))
        let findings = checker.check(
            SourceText(path: "plain.txt", text: "Store in a cool, dry place.", format: .plain)
        ).findings
        #expect(findings.isEmpty)
        #expect(asked.all.isEmpty)
        #expect(checker.hasKnowledgeBase)
    }
}
