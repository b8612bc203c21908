import EvidentStore

/// The JSON document printed by `evident refs search` and `evident suggest`.
struct IndexSearchOutput: Encodable {
    /// The claim suggestions were made for (`suggest` only).
    var claim: String?
    /// The words searched for.
    var query: String
    /// The references, best first.
    var results: [IndexSearchHit]
}
