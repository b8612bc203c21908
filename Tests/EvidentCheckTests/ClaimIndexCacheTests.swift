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

    /// A stored index written and read back through a cache file's bytes, for `claims` claims.
    static func roundTrip(_ stored: ClaimIndex.Stored, claims: Int) -> ClaimIndex.Stored? {
        let key = ContentHash()
        let data = Data(
            CacheFile.bytes(
                magic: ClaimIndexCache.magic, key: key, payload: ClaimIndexCache.encode(stored)))
        return CacheFile.payload(data, magic: ClaimIndexCache.magic, key: key) { payload in
            var reader = CacheReader(bytes: payload)
            let decoded = ClaimIndexCache.decode(&reader, claims: claims)
            return reader.isAtEnd ? decoded : nil
        }
    }

    @Test func idsOutOfRangeAreRefusedEvenWithAGoodChecksum() throws {
        var stored = Self.built().stored
        #expect(Self.roundTrip(stored, claims: stored.rows.count) == stored)
        // Another number of claims than the index holds.
        #expect(Self.roundTrip(stored, claims: stored.rows.count + 1) == nil)
        stored.postings[0].append(Int32(stored.rows.count))
        #expect(Self.roundTrip(stored, claims: stored.rows.count) == nil)
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

/// The condition vocabulary's phrases kept between runs: the vocabulary read from the cache
/// finds the same phrases as the one parsed from its files; a damaged or stale cache is
/// parsed again.
struct VocabularyCacheTests {
    static var folder: URL {
        get throws { try #require(ConditionVocabulary.bundledDirectory) }
    }

    static let sentences = [
        "Ringing in your ears and high blood pressure are gone.",
        "Say goodbye to type 2 diabetes, Johne's disease and the bends.",
        "My arthritis pain and brain fog have cleared up.",
    ]

    /// What a vocabulary finds in the test sentences, and its counts.
    static func reading(_ vocabulary: ConditionVocabulary) -> [String] {
        Self.sentences.flatMap { sentence in
            vocabulary.lookup(sentence).map {
                "\($0.start)-\($0.end) \($0.concept.phrase) \($0.concept.kind) \($0.concept.conceptIDs)"
            }
        } + [
            "\(vocabulary.count) \(vocabulary.aliasCount) \(vocabulary.words.count) "
                + "\(vocabulary.names.count) \(vocabulary.phraseStarts.count)"
        ]
    }

    @Test func theCachedVocabularyFindsWhatTheFilesGive() throws {
        let cache = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: cache) }
        let plain = try ConditionVocabulary(directory: try Self.folder)
        let expected = Self.reading(plain)
        #expect(expected.count > 3)

        let first = try ConditionVocabulary(directory: try Self.folder, cache: cache)
        let file = cache.appendingPathComponent("vocabulary.cache")
        #expect(FileManager.default.fileExists(atPath: file.path))
        let written = try ClaimIndexCacheTests.inode(file)
        let second = try ConditionVocabulary(directory: try Self.folder, cache: cache)
        #expect(try ClaimIndexCacheTests.inode(file) == written)
        #expect(Self.reading(first) == expected)
        #expect(Self.reading(second) == expected)
        #expect(second.sources == plain.sources)
        #expect(second.names == plain.names)
        #expect(second.words == plain.words)

        // Damaged: parsed again, and the file written whole.
        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[bytes.count / 2] ^= 0x5A
        try Data(bytes).write(to: file)
        let repaired = try ConditionVocabulary(directory: try Self.folder, cache: cache)
        #expect(Self.reading(repaired) == expected)
        #expect(try Data(contentsOf: file) != Data(bytes))
        try Data(bytes.prefix(100)).write(to: file)
        #expect(
            Self.reading(try ConditionVocabulary(directory: try Self.folder, cache: cache))
                == expected)
    }

    @Test func anEditedFileIsNotReadFromTheCache() throws {
        let cache = try ClaimIndexCacheTests.folder()
        let copy = try ClaimIndexCacheTests.folder()
        defer {
            try? FileManager.default.removeItem(at: cache)
            try? FileManager.default.removeItem(at: copy)
        }
        for name in ["conditions.tsv", "aliases.tsv", "sources.tsv", "forms.tsv"] {
            try FileManager.default.copyItem(
                at: try Self.folder.appendingPathComponent(name),
                to: copy.appendingPathComponent(name))
        }
        let before = try ConditionVocabulary(directory: copy, cache: cache)
        #expect(before.lookup("My zorblax flared up.").isEmpty)
        let aliases = copy.appendingPathComponent("aliases.tsv")
        var text = try String(contentsOf: aliases, encoding: .utf8)
        text += (text.hasSuffix("\n") ? "" : "\n") + "zorblax\tdisease\t-\t-\n"
        try Data(text.utf8).write(to: aliases)
        let after = try ConditionVocabulary(directory: copy, cache: cache)
        #expect(after.lookup("My zorblax flared up.").map(\.concept.phrase) == ["zorblax"])
        #expect(after.count == before.count + 1)
    }
}
