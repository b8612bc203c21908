import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// The lexicon's phrase tables, kept in `<cache>/lexicon.cache` between checks: a lexicon read
/// from the file is the lexicon built from its inputs (same classes, phrases, matcher, stopwords,
/// hashtag words, so the same findings); a stale or damaged file is never read.
struct LexiconCacheTests {
    /// What a lexicon's tables hold, comparable.
    struct Snapshot: Equatable {
        var names: [String]
        var classTerms: [[[String]]]
        var matcher: [String: [String]]
        var stopwords: Set<String>
        var hashtagWords: Set<String>
        var vocabularyLabels: [String: [Int]]
        var productForms: Set<String>
        var suffixClasses: [Int]

        init(_ lexicon: Lexicon) {
            names = lexicon.classNames
            classTerms = lexicon.classTerms.all
            matcher = lexicon.classMatcher.byFirst.mapValues { entries in
                entries.map { "\($0.terms.joined(separator: " ")) \($0.labels)" }
            }
            stopwords = lexicon.stopwords
            hashtagWords = lexicon.hashtags.words
            vocabularyLabels = lexicon.vocabularyLabels
            productForms = lexicon.productForms
            suffixClasses = lexicon.suffixRules.map(\.classID)
        }
    }

    static func cacheURL(_ folder: URL) -> URL {
        folder.appendingPathComponent("lexicon.cache")
    }

    /// The bundled book built twice with a cache folder: `file` is written by the first and
    /// read, not written again, by the second.
    static func booksWrittenThenRead(_ file: URL, in folder: URL) throws -> [RuleBook] {
        let first = try RuleBook(directory: try RuleBookCacheTests.directory, cache: folder)
        #expect(FileManager.default.fileExists(atPath: file.path))
        let written = try ClaimIndexCacheTests.inode(file)
        let second = try RuleBook(directory: try RuleBookCacheTests.directory, cache: folder)
        #expect(try ClaimIndexCacheTests.inode(file) == written)
        return [first, second]
    }

    /// Damages a cache file written by building the bundled book in `folder`, builds the book
    /// again and gives it, once the file is written again whole.
    static func bookAfterDamage(
        _ damage: ClaimIndexCacheTests.Damage, to file: URL, in folder: URL
    ) throws -> RuleBook {
        _ = try RuleBook(directory: try RuleBookCacheTests.directory, cache: folder)
        let whole = try Data(contentsOf: file)
        var bytes = [UInt8](whole)
        switch damage {
        case .truncated(let at):
            bytes.removeLast(bytes.count - (at >= 0 ? at : bytes.count + at))
        case .flipped(let at):
            bytes[at >= 0 ? at : bytes.count + at] ^= 0x5A
        }
        try Data(bytes).write(to: file)
        let book = try RuleBook(directory: try RuleBookCacheTests.directory, cache: folder)
        // Written again, whole.
        #expect(try Data(contentsOf: file) == whole)
        return book
    }

    @Test func theCachedLexiconIsTheLexiconBuilt() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = Snapshot(Fixtures.book.lexicon)
        #expect(expected.classTerms.map(\.count).reduce(0, +) > 10_000)
        #expect(expected.vocabularyLabels.count >= 5)

        let books = try Self.booksWrittenThenRead(Self.cacheURL(folder), in: folder)
        let findings = RuleBookCacheTests.findings(Fixtures.book)
        #expect(findings.flatMap(\.findings).count > 10)
        for book in books {
            #expect(Snapshot(book.lexicon) == expected)
            #expect(RuleBookCacheTests.findings(book) == findings)
        }
    }

    @Test(arguments: [
        ClaimIndexCacheTests.Damage.truncated(0), .truncated(40), .truncated(-1),
        .flipped(12), .flipped(-3),
    ])
    func aDamagedFileIsBuiltAgain(damage: ClaimIndexCacheTests.Damage) throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.bookAfterDamage(damage, to: Self.cacheURL(folder), in: folder)
        #expect(Snapshot(book.lexicon) == Snapshot(Fixtures.book.lexicon))
    }

    static let file = Lexicon.File(
        stopwords: ["the", "a"], synonyms: nil,
        suffixClasses: ["drug": Lexicon.SuffixFile(suffixes: ["mab"])],
        classes: ["drug": ["aspirin"], "plant": ["cramp bark", "@drug"]], hashtagWords: ["free"])

    @Test func changedInputsAreNotReadFromTheFile() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = Lexicon.cacheFile(in: folder)
        func lexicon(_ file: Lexicon.File, _ generated: [String: [String]]) throws -> Lexicon {
            try Lexicon(file: file, path: "lexicon.yaml", generated: generated, cache: cache)
        }
        func check(_ file: Lexicon.File, _ generated: [String: [String]]) throws {
            let built = try Lexicon(file: file, path: "lexicon.yaml", generated: generated)
            // First the file of other inputs is there (stale), then its own (read).
            #expect(Snapshot(try lexicon(file, generated)) == Snapshot(built))
            #expect(Snapshot(try lexicon(file, generated)) == Snapshot(built))
        }
        try check(Self.file, ["substance": ["vitamin k2"]])
        let k2 = try lexicon(Self.file, ["substance": ["vitamin k2"]])
        #expect(k2.phrases(ofClass: "substance") == [["vitamin", "k2"]])
        try check(Self.file, ["substance": ["wonder root"]])
        var edited = Self.file
        edited.classes["drug"] = ["warfarin"]
        try check(edited, ["substance": ["wonder root"]])
        let plants = try lexicon(edited, ["substance": ["wonder root"]])
        #expect(plants.phrases(ofClass: "plant") == [["cramp", "bark"], ["warfarin"]])
        edited.stopwords = ["the"]
        try check(edited, ["substance": ["wonder root"]])
        edited.hashtagWords = ["gone"]
        try check(edited, ["substance": ["wonder root"]])
        #expect(try lexicon(edited, [:]).hashtags.words.contains("gone"))
        edited.suffixClasses = ["plant": Lexicon.SuffixFile(suffixes: ["wort"])]
        try check(edited, [:])
    }

    /// The flat table of class phrases gives back each class's phrases, in order, and its
    /// one-word phrases; equal tables are those of equal phrases, whatever their stem ids.
    @Test func theFlatClassTableHoldsEveryPhrase() {
        let classes = [
            [["cramp", "bark"], ["aspirin"]], [], [["aspirin"], ["wort"], ["st", "john"]],
        ]
        let table = LexiconClassPhrases(classes)
        #expect(table.all == classes)
        #expect(table[2] == [["aspirin"], ["wort"], ["st", "john"]])
        #expect(table.words(ofClass: 0) == ["aspirin"])
        #expect(table.words(ofClass: 1).isEmpty)
        #expect(table.words(ofClass: 2) == ["aspirin", "wort"])
        let renumbered = LexiconClassPhrases(
            stems: ["wort", "john", "st", "aspirin", "bark", "cramp"], ids: [5, 4, 3, 3, 0, 2, 1],
            phraseEnds: [2, 3, 4, 5, 7], classEnds: [2, 2, 5])
        #expect(renumbered == table)
        #expect(LexiconClassPhrases(Array(classes.prefix(2))) != table)
    }

    /// A payload whose checksum is right but whose ids are out of range (a file written by a
    /// faulty build) is refused, not trusted.
    @Test func aPayloadOfIdsOutOfRangeIsRefused() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = Lexicon.cacheFile(in: folder)
        let key = ContentHash()
        let lexicon = try Lexicon(file: Self.file, path: "lexicon.yaml")
        var tables = Lexicon.Tables(
            names: lexicon.classNames, matcher: lexicon.classMatcher,
            classTerms: lexicon.classTerms, stopwords: lexicon.stopwords,
            hashtagWords: lexicon.hashtags.words, vocabularyLabels: ["plant": [1]])
        cache.write(key: key, payload: tables.encoded())
        let read = try #require(Lexicon.cached(cache, key: key))
        #expect(read.classTerms == tables.classTerms)
        #expect(read.vocabularyLabels == ["plant": [1]])
        var other = ContentHash()
        other.combine(UInt64(1))
        #expect(Lexicon.cached(cache, key: other) == nil)
        tables.vocabularyLabels = ["plant": [2]]
        cache.write(key: key, payload: tables.encoded())
        #expect(Lexicon.cached(cache, key: key) == nil)
        tables.vocabularyLabels = [:]
        tables.matcher.add(["elixir"], label: 5)
        cache.write(key: key, payload: tables.encoded())
        #expect(Lexicon.cached(cache, key: key) == nil)
    }
}
