import Foundation

/// The claim index of a knowledge base kept in a file between checks, so that a check does not
/// read 10,000 claims as concepts again when neither they nor the rule book changed.
///
/// The file starts with a key: a hash of everything the index is built from — the format, the
/// running binary (path, size and modification time: a rebuilt binary may read concepts
/// differently), every file the rule book was built from and every pack it read (built-in,
/// the knowledge base's `Claims/rules/`, `--rules`), and each claim's id, statement, quote,
/// subjects, keywords and outcome — and a checksum of the rest. A file whose key differs
/// (stale), or that is truncated or corrupt, is never used: the index is built from the claims
/// and the file written again, whole, under a temporary name renamed over the old one. When
/// the file cannot be written (a read-only folder), the check runs without it. Either way the
/// index, and so the findings, are the same as without a cache.
///
/// A `CacheFile` (magic `EVCLIDX` and a format byte); its payload, little-endian: the number of
/// terms, each term and its shown form (byte count + UTF-8), each term's postings (count +
/// claim numbers), the number of claims, and per claim a negation flag and five id lists
/// (three fields, all, substances), each a count + 32-bit ids.
public struct ClaimIndexCache: Sendable {
    /// The cache file.
    public let url: URL

    /// A cache in `url`.
    public init(url: URL) {
        self.url = url
    }

    /// The cache of a knowledge base: `<root>/.evident/claim-index.cache`, beside the index.
    public static func knowledgeBase(_ root: URL) -> ClaimIndexCache {
        ClaimIndexCache(
            url: root.appendingPathComponent(".evident", isDirectory: true)
                .appendingPathComponent("claim-index.cache"))
    }

    static let magic: [UInt8] = Array("EVCLIDX".utf8) + [1]

    var file: CacheFile { CacheFile(url: url, magic: ClaimIndexCache.magic) }

    /// The index of `claims` with the concepts of `book`: read from the file when its key is
    /// theirs, else built (and the file written).
    func index(claims: GradedClaims, book: RuleBook) -> ClaimIndex {
        index(claims: claims, book: book, bookHash: book.contentHash())
    }

    /// `index(claims:book:)` with the book's `contentHash()` computed by the caller.
    func index(claims: GradedClaims, book: RuleBook, bookHash: ContentHash?) -> ClaimIndex {
        guard claims.count > 0, let bookHash,
            let key = ClaimIndexCache.key(claims: claims, bookHash: bookHash)
        else {
            return ClaimIndex(claims: claims, concepts: book.concepts)
        }
        if let stored = read(key: key, claims: claims.count) {
            return ClaimIndex(claims: claims, concepts: book.concepts, stored: stored)
        }
        let index = ClaimIndex(claims: claims, concepts: book.concepts)
        file.write(key: key, payload: ClaimIndexCache.encode(index.stored))
        return index
    }

    /// The key of an index of `claims` built with `book`'s concepts by this binary; `nil` when
    /// the book's inputs cannot all be read.
    static func key(claims: GradedClaims, book: RuleBook) -> ContentHash? {
        book.contentHash().flatMap { key(claims: claims, bookHash: $0) }
    }

    /// `key(claims:book:)` from the book's `contentHash()`.
    static func key(claims: GradedClaims, bookHash: ContentHash) -> ContentHash? {
        var hash = bookHash
        magic.withUnsafeBytes { hash.combine($0) }
        guard CacheFile.combineBinary(into: &hash) else { return nil }
        hash.combine(UInt64(claims.count))
        for claim in claims.claims {
            hash.combine(claim.id.rawValue)
            hash.combine(claim.statement)
            hash.combine(claim.quote)
            hash.combine(UInt64(claim.subjects.count))
            for subject in claim.subjects { hash.combine(subject) }
            hash.combine(UInt64(claim.keywords.count))
            for keyword in claim.keywords { hash.combine(keyword) }
            if let outcome = claim.outcome {
                hash.combine(1)
                hash.combine(outcome.name)
            } else {
                hash.combine(0)
            }
        }
        return hash
    }

    /// The stored index when the file holds one for `key` and `claims` claims, whole and intact.
    func read(key: ContentHash, claims: Int) -> ClaimIndex.Stored? {
        file.read(key: key) { ClaimIndexCache.decode(&$0, claims: claims) }
    }

    /// The payload for a stored index.
    static func encode(_ stored: ClaimIndex.Stored) -> [UInt8] {
        var payload = CacheWriter()
        payload.count(stored.terms.count)
        for term in stored.terms { payload.text(term) }
        for name in stored.names { payload.text(name) }
        for list in stored.postings { payload.ids(list) }
        payload.count(stored.rows.count)
        for row in stored.rows {
            payload.count(row.negated ? 1 : 0)
            for field in row.fields { payload.ids(field) }
            payload.ids(row.all)
            payload.ids(row.substances)
        }
        return payload.bytes
    }

    /// The stored index in a payload; `nil` unless it holds `claims` claims with three fields
    /// each and every id is in range.
    static func decode(_ reader: inout CacheReader, claims: Int) -> ClaimIndex.Stored? {
        guard let termCount = reader.count() else { return nil }
        var terms: [String] = []
        var names: [String] = []
        var postings: [[Int32]] = []
        terms.reserveCapacity(termCount)
        names.reserveCapacity(termCount)
        postings.reserveCapacity(termCount)
        for _ in 0..<termCount {
            guard let term = reader.text() else { return nil }
            terms.append(term)
        }
        for _ in 0..<termCount {
            guard let name = reader.text() else { return nil }
            names.append(name)
        }
        for _ in 0..<termCount {
            guard let list = reader.ids(below: claims) else { return nil }
            postings.append(list)
        }
        guard reader.count() == claims else { return nil }
        var rows: [ClaimIndex.Row] = []
        rows.reserveCapacity(claims)
        for _ in 0..<claims {
            // Each list read straight into its place (no list of the five lists on the way).
            guard let negated = reader.count(), negated <= 1,
                let first = reader.ids(below: termCount),
                let second = reader.ids(below: termCount),
                let third = reader.ids(below: termCount),
                let all = reader.ids(below: termCount),
                let substances = reader.ids(below: termCount)
            else { return nil }
            rows.append(
                ClaimIndex.Row(
                    fields: [first, second, third], all: all, substances: substances,
                    negated: negated == 1))
        }
        return ClaimIndex.Stored(terms: terms, names: names, postings: postings, rows: rows)
    }
}
