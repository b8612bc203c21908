import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// The claim index kept in a file between checks: read back only when its key (the claims,
/// the rule book's inputs, the binary) is the one of the index asked for and the file is whole;
/// otherwise rebuilt and written again. Either way the index is the one built from the claims.
struct ClaimIndexCacheTests {
    static let graded = GradedClaims(ClaimMatchingTests.claims)

    static let sentences = [
        "Vitamin K2 helps keep your bones dense.",
        "Vitamin C supports your immune system.",
        "Store in a cool, dry place.",
    ]

    /// A new folder in the temporary directory.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func built(_ claims: GradedClaims = graded) -> ClaimIndex {
        ClaimIndex(claims: claims, concepts: Fixtures.book.concepts)
    }

    /// The matches of the test sentences, as `ClaimMatch` values.
    static func matches(_ index: ClaimIndex) -> [ClaimMatch?] {
        sentences.map { index.bestMatch(terms: Tokenizer.terms($0), threshold: 0.4) }
    }

    static func inode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
    }

    @Test func theIndexIsWrittenOnceThenReadBack() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ClaimIndexCache.knowledgeBase(folder)
        #expect(cache.url.path.hasSuffix("/.evident/claim-index.cache"))
        let expected = Self.built()
        #expect(
            Self.matches(expected).compactMap { $0?.claimID.rawValue } == [
                "k2-increases-bone-density", "vitamin-c-immune",
            ])

        let first = cache.index(claims: Self.graded, book: Fixtures.book)
        #expect(first.stored == expected.stored)
        let written = try Self.inode(cache.url)
        let key = try #require(ClaimIndexCache.key(claims: Self.graded, book: Fixtures.book))
        #expect(cache.read(key: key, claims: Self.graded.count) == expected.stored)

        // The second use reads the file (it is not written again) and matches as the first.
        let second = cache.index(claims: Self.graded, book: Fixtures.book)
        #expect(try Self.inode(cache.url) == written)
        #expect(second.stored == expected.stored)
        #expect(Self.matches(second) == Self.matches(expected))
    }

    @Test func anEditedClaimIsNotReadFromTheCache() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ClaimIndexCache(url: folder.appendingPathComponent("claim-index.cache"))
        _ = cache.index(claims: Self.graded, book: Fixtures.book)
        let before = try #require(ClaimIndexCache.key(claims: Self.graded, book: Fixtures.book))

        var edited = ClaimMatchingTests.claims
        edited[0] = ClaimMatchingTests.assessment(
            "k2-increases-bone-density", "Vitamin K2 increases muscle strength.",
            verdict: .weak, certainty: .low)
        let claims = GradedClaims(edited)
        let after = try #require(ClaimIndexCache.key(claims: claims, book: Fixtures.book))
        #expect(after != before)

        let index = cache.index(claims: claims, book: Fixtures.book)
        #expect(index.stored == Self.built(claims).stored)
        #expect(index.stored != Self.built().stored)
        // The file now holds the edited claims' index, and no longer the old one.
        #expect(cache.read(key: after, claims: claims.count) == index.stored)
        #expect(cache.read(key: before, claims: claims.count) == nil)
    }

    @Test func anExtraRulePackChangesTheKey() throws {
        let pack = """
            rules:
              - id: cache-wonders
                market: all
                severity: error
                category: overclaim
                message: "elixir claim: '{match}'"
                legal-basis: "b"
                when: ["works wonders"]
            """
        let book = try RuleBook.bundled(extra: [
            RulePackSource(path: "cache.yaml", yaml: pack, origin: "--rules")
        ])
        let plain = try #require(ClaimIndexCache.key(claims: Self.graded, book: Fixtures.book))
        #expect(ClaimIndexCache.key(claims: Self.graded, book: book) != plain)
        // A book built from a lexicon given in code has inputs that are not all files: no key.
        let inCode = try RuleBook(lexicon: Fixtures.book.lexicon, packs: [])
        #expect(ClaimIndexCache.key(claims: Self.graded, book: inCode) == nil)
    }

    /// How a cache file is damaged: cut at a length (negative: from the end), or one byte
    /// changed at an offset (negative: from the end).
    enum Damage: Sendable, CustomTestStringConvertible {
        case truncated(Int)
        case flipped(Int)

        var testDescription: String {
            switch self {
            case .truncated(let at): "truncated at \(at)"
            case .flipped(let at): "byte flipped at \(at)"
            }
        }
    }

    @Test(arguments: [
        Damage.truncated(0), .truncated(7), .truncated(40), .truncated(-1), .truncated(-300),
        .flipped(3), .flipped(10), .flipped(30), .flipped(50), .flipped(-2),
    ])
    func aDamagedCacheIsRebuiltWithoutACrash(damage: Damage) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ClaimIndexCache(url: folder.appendingPathComponent("claim-index.cache"))
        _ = cache.index(claims: Self.graded, book: Fixtures.book)
        var bytes = [UInt8](try Data(contentsOf: cache.url))
        switch damage {
        case .truncated(let at):
            bytes.removeLast(bytes.count - (at >= 0 ? at : bytes.count + at))
        case .flipped(let at):
            bytes[at >= 0 ? at : bytes.count + at] ^= 0x5A
        }
        try Data(bytes).write(to: cache.url)
        let key = try #require(ClaimIndexCache.key(claims: Self.graded, book: Fixtures.book))
        #expect(cache.read(key: key, claims: Self.graded.count) == nil)

        let index = cache.index(claims: Self.graded, book: Fixtures.book)
        #expect(index.stored == Self.built().stored)
        #expect(Self.matches(index) == Self.matches(Self.built()))
        // Written again, whole.
        #expect(cache.read(key: key, claims: Self.graded.count) == index.stored)
    }

    @Test func idsOutOfRangeAreRefusedEvenWithAGoodChecksum() throws {
        var stored = Self.built().stored
        let key = ContentHash()
        #expect(
            ClaimIndexCache.decode(
                Data(ClaimIndexCache.encode(stored, key: key)), key: key,
                claims: stored.rows.count) == stored)
        stored.postings[0].append(Int32(stored.rows.count))
        #expect(
            ClaimIndexCache.decode(
                Data(ClaimIndexCache.encode(stored, key: key)), key: key,
                claims: stored.rows.count) == nil)
        // Another number of claims than the index holds.
        #expect(
            ClaimIndexCache.decode(
                Data(ClaimIndexCache.encode(Self.built().stored, key: key)), key: key,
                claims: stored.rows.count + 1) == nil)
    }

    @Test func aLocationThatCannotBeWrittenChecksWithoutACache() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The cache's folder would be inside a file: it cannot be made (root can write into a
        // read-only folder, so a file is what stands in the way here).
        let blocker = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let cache = ClaimIndexCache.knowledgeBase(blocker)
        let index = cache.index(claims: Self.graded, book: Fixtures.book)
        #expect(index.stored == Self.built().stored)
        #expect(!FileManager.default.fileExists(atPath: cache.url.path))

        let checker = Checker(book: Fixtures.book, claims: Self.graded, cache: cache)
        let plain = Checker(book: Fixtures.book, claims: Self.graded)
        let source = SourceText(
            path: "copy.txt", text: Self.sentences.joined(separator: " "), format: .plain)
        #expect(checker.check(source) == plain.check(source))
    }
}
