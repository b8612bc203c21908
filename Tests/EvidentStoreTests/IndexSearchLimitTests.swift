import EvidentModel
import Foundation
import Testing

@testable import EvidentStore

@Suite("Index search limits")
struct IndexSearchLimitTests {
    @Test(arguments: [Int.max, 4_611_686_018_427_387_904, Int.min, 0, -1])
    func anyLimitIsBoundedInsteadOfOverflowing(limit: Int) throws {
        let search = IndexSearch(index: try IndexSearchTests.populated())
        let hits = try search.search("menaquinone", limit: limit)
        #expect(hits.count == (limit < 1 ? 1 : 4))
        let claim = Claim(
            id: try #require(ClaimID("k2-fracture")), document: "doc", quote: "q",
            statement: "Menaquinone prevents fractures", category: .efficacy)
        let suggestions = try search.suggest(for: claim, limit: limit)
        #expect(suggestions.count == (limit < 1 ? 1 : 3))
    }

    @Test func theBoundIsTheDocumentedMaximum() {
        #expect(IndexSearch.bounded(.max) == IndexSearch.maximumLimit)
        #expect(IndexSearch.bounded(IndexSearch.maximumLimit) == 10_000)
        #expect(IndexSearch.bounded(.min) == 1)
        #expect(IndexSearch.bounded(7) == 7)
    }
}
