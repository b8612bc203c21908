import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// The rule book's YAML files as decoded, kept in `<cache>/rule-book.cache` between checks: a
/// book built from the file is the book built from the YAML (same rules, classes, example
/// claims and findings); a stale, damaged or unwritable cache changes nothing but the time.
struct RuleBookCacheTests {
    /// Copy with findings of most kinds: disease, testimonial, absolute safety, interaction,
    /// EU register wording, a hashtag and a coined name.
    static let copy = """
        Vitamin K2 supports healthy bones. It cures arthritis and prevents osteoporosis.
        My diabetes disappeared after two weeks! Completely safe with no side effects.
        A natural alternative to warfarin. Vitamin C contributes to the normal function of the
        immune system. #ArthritisFree with our new ArthroCure capsules.
        """

    /// What a book finds in `copy` in every market.
    static func findings(_ book: RuleBook) -> [CheckedFile] {
        Market.allCases.map { market in
            Checker(book: book, market: market, claims: GradedClaims(ClaimMatchingTests.claims))
                .check(SourceText(path: "copy.txt", text: copy, format: .plain))
        }
    }

    static var directory: URL {
        get throws { try #require(RuleBook.bundledDirectory) }
    }

    static func cacheURL(_ folder: URL) -> URL {
        folder.appendingPathComponent("rule-book.cache")
    }

    /// A pack of one rule that flags `phrase`.
    static func pack(_ id: String, _ phrase: String) -> RulePackSource {
        RulePackSource(
            path: "\(id).yaml",
            yaml: """
                rules:
                  - id: \(id)
                    market: all
                    severity: error
                    category: overclaim
                    message: "elixir claim: '{match}'"
                    legal-basis: "b"
                    when: ["\(phrase)"]
                """, origin: "--rules")
    }

    /// The bundled files decoded from their YAML, as the book reads them.
    static func decodedFiles() throws -> RuleBookFiles {
        let directory = try Self.directory
        let lexicon = directory.appendingPathComponent("lexicon.yaml")
        let interactions = directory.appendingPathComponent(RuleBook.interactionsFile)
        return RuleBookFiles(
            lexicon: try Lexicon.decode(yaml: try RuleBook.read(lexicon), path: lexicon.path),
            packs: try RuleBook.packSources(directory).map {
                RuleBookFiles.PackFile(try RulePackReader.read($0.yaml, path: $0.path))
            },
            interactions: try RuleBook.decodeInteractions(
                yaml: try RuleBook.read(interactions), path: interactions.path),
            labValues: try Self.decode(LabValueTable.File.self, RuleBook.labValuesFile),
            concepts: try Self.decode(ConceptMatcher.File.self, RuleBook.conceptsFile))
    }

    /// A bundled data file decoded from its YAML.
    static func decode<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value {
        let url = try Self.directory.appendingPathComponent(name)
        return try DataFile.decode(type, yaml: try RuleBook.read(url), path: url.path)
    }

    @Test func everyBundledFileReadsBackEqual() throws {
        let files = try Self.decodedFiles()
        #expect(files.packs.count >= 4)
        #expect(files.packs.map(\.rules.count).reduce(0, +) == Fixtures.book.rules.count)
        #expect(files.packs.contains { !$0.exampleClaims.isEmpty })
        #expect(files.interactions?.isEmpty == false)
        #expect(files.labValues?.analytes.isEmpty == false)
        #expect(files.concepts?.concepts.isEmpty == false)
        let payload = try #require(files.encoded())
        let data = Data(
            CacheFile.bytes(magic: RuleBookFiles.cacheMagic, key: ContentHash(), payload: payload))
        let back = try #require(
            CacheFile.payload(data, magic: RuleBookFiles.cacheMagic, key: ContentHash()) {
                try? CacheCoding.decode(RuleBookFiles.self, from: $0)
            })
        #expect(back == files)
        // Field by field, so that a failure names the rule.
        for (rule, read) in zip(files.packs.flatMap(\.rules), back.packs.flatMap(\.rules)) {
            #expect(rule == read, "rule \(rule.id)")
        }
    }

    @Test func theCachedBookIsTheBookOfItsFiles() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = Self.findings(Fixtures.book)
        #expect(expected.flatMap(\.findings).count > 10)

        let first = try RuleBook(directory: try Self.directory, cache: folder)
        let file = Self.cacheURL(folder)
        #expect(FileManager.default.fileExists(atPath: file.path))
        let written = try ClaimIndexCacheTests.inode(file)
        let second = try RuleBook(directory: try Self.directory, cache: folder)
        // Read, not written again.
        #expect(try ClaimIndexCacheTests.inode(file) == written)
        for book in [first, second] {
            #expect(book.rules == Fixtures.book.rules)
            #expect(book.packExampleClaims == Fixtures.book.packExampleClaims)
            #expect(book.interactions == Fixtures.book.interactions)
            #expect(book.lexicon.classNames == Fixtures.book.lexicon.classNames)
            #expect(book.lexicon.classTerms == Fixtures.book.lexicon.classTerms)
            #expect(book.contentHash() == Fixtures.book.contentHash())
            #expect(Self.findings(book) == expected)
        }
    }

    @Test(arguments: [
        ClaimIndexCacheTests.Damage.truncated(0), .truncated(40), .truncated(-1),
        .flipped(10), .flipped(-2),
    ])
    func aDamagedCacheIsReadFromTheFilesAgain(damage: ClaimIndexCacheTests.Damage) throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try RuleBook(directory: try Self.directory, cache: folder)
        let file = Self.cacheURL(folder)
        let whole = try Data(contentsOf: file)
        var bytes = [UInt8](whole)
        switch damage {
        case .truncated(let at):
            bytes.removeLast(bytes.count - (at >= 0 ? at : bytes.count + at))
        case .flipped(let at):
            bytes[at >= 0 ? at : bytes.count + at] ^= 0x5A
        }
        try Data(bytes).write(to: file)
        let book = try RuleBook(directory: try Self.directory, cache: folder)
        #expect(book.rules == Fixtures.book.rules)
        #expect(Self.findings(book) == Self.findings(Fixtures.book))
        // Written again, whole.
        #expect(try Data(contentsOf: file) == whole)
    }

    /// A payload whose checksum is right but whose values are not the book's (a file written
    /// by a faulty build) is refused by its counts, not trusted.
    @Test func aPayloadOfOtherFilesIsRefused() throws {
        let files = try Self.decodedFiles()
        let key = ContentHash()
        let file = CacheFile(
            url: Self.cacheURL(try ClaimIndexCacheTests.folder()), magic: RuleBookFiles.cacheMagic)
        defer { try? FileManager.default.removeItem(at: file.url.deletingLastPathComponent()) }
        file.write(key: key, payload: try #require(files.encoded()))
        let packs = files.packs.count
        func cached(packs: Int, interactions: Bool = true, data: Bool = true) -> RuleBookFiles? {
            RuleBookFiles.cached(
                file, key: key, packs: packs, interactions: interactions, labValues: data,
                concepts: data)
        }
        #expect(cached(packs: packs) == files)
        #expect(cached(packs: packs + 1) == nil)
        #expect(cached(packs: packs, interactions: false) == nil)
        #expect(cached(packs: packs, data: false) == nil)
        var uneven = files
        uneven.packs[0].lines.removeLast()
        file.write(key: key, payload: try #require(uneven.encoded()))
        #expect(cached(packs: packs) == nil)
        file.write(key: key, payload: Array("[]".utf8))
        #expect(cached(packs: packs) == nil)
    }

    @Test func anEditedPackIsNotReadFromTheCache() throws {
        let folder = try ClaimIndexCacheTests.folder()
        let copy = try ClaimIndexCacheTests.folder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: copy)
        }
        let wonders = try RuleBook(
            directory: try Self.directory, extra: [Self.pack("cache-wonders", "works wonders")],
            cache: folder)
        #expect(wonders.rules.last?.id == "cache-wonders")
        let miracle = try RuleBook(
            directory: try Self.directory, extra: [Self.pack("cache-miracle", "miracle cure")],
            cache: folder)
        #expect(miracle.rules.last?.id == "cache-miracle")
        #expect(!miracle.rules.contains { $0.id == "cache-wonders" })

        // A built-in file edited in place (a copy of the bundled folder): its edit is read.
        for name in try FileManager.default.contentsOfDirectory(atPath: try Self.directory.path) {
            try FileManager.default.copyItem(
                at: try Self.directory.appendingPathComponent(name),
                to: copy.appendingPathComponent(name))
        }
        let before = try RuleBook(directory: copy, cache: folder)
        #expect(before.rules == Fixtures.book.rules)
        let us = copy.appendingPathComponent("us.yaml")
        let edited = try String(contentsOf: us, encoding: .utf8).replacingOccurrences(
            of: "severity: warning", with: "severity: info")
        #expect(edited != (try String(contentsOf: us, encoding: .utf8)))
        try edited.write(to: us, atomically: true, encoding: .utf8)
        let after = try RuleBook(directory: copy, cache: folder)
        #expect(after.rules != Fixtures.book.rules)
        #expect(after.rules.filter { $0.origin == "built-in" }.count == before.rules.count)
        let changed = zip(before.rules, after.rules).filter { $0 != $1 }
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { $0.severity == .warning && $1.severity == .info })
    }

    @Test func anInvalidPackIsReportedAtItsPlaceAndNeverCached() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var broken = Self.pack("cache-broken", "works wonders")
        broken.yaml = broken.yaml.replacingOccurrences(of: "severity: error", with: "severity: 7")
        let error = CheckError.invalidRulePack(
            path: "cache-broken.yaml", line: 4, column: 15,
            message: "rule 'cache-broken': invalid value '7' for 'severity'")
        #expect(throws: error) {
            try RuleBook(directory: try Self.directory, extra: [broken], cache: folder)
        }
        #expect(!FileManager.default.fileExists(atPath: Self.cacheURL(folder).path))
        // With a cache of the valid files beside it, the same error.
        _ = try RuleBook(directory: try Self.directory, cache: folder)
        #expect(FileManager.default.fileExists(atPath: Self.cacheURL(folder).path))
        #expect(throws: error) {
            try RuleBook(directory: try Self.directory, extra: [broken], cache: folder)
        }
    }

    @Test func aCacheThatCannotBeWrittenBuildsTheSameBook() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The cache's folder would be inside a file: it cannot be made.
        let blocker = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let book = try RuleBook(directory: try Self.directory, cache: blocker)
        #expect(!FileManager.default.fileExists(atPath: Self.cacheURL(blocker).path))
        #expect(book.rules == Fixtures.book.rules)
        #expect(Self.findings(book) == Self.findings(Fixtures.book))
    }
}
