import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// The substance catalog, kept in `<cache>/substances.cache` between checks: a catalog read from
/// the file is the catalog built from `substances.yaml` and the register (same groups, names,
/// matcher, so the same findings); a stale or damaged file is never read.
struct SubstanceCatalogCacheTests {
    /// What a catalog holds, comparable.
    struct Snapshot: Equatable {
        var groups: [String]
        var phrases: [String]
        var matcher: [String: [String]]

        init(_ catalog: SubstanceCatalog) {
            groups = catalog.groups.map {
                "\($0.id) \($0.lineage) \($0.entries) \($0.names.joined(separator: "|"))"
            }
            phrases = catalog.phrases
            matcher = catalog.matcher.byFirst.mapValues { entries in
                entries.map { "\($0.terms.joined(separator: " ")) \($0.labels)" }
            }
        }
    }

    static func cacheURL(_ folder: URL) -> URL {
        folder.appendingPathComponent("substances.cache")
    }

    @Test func theCachedCatalogIsTheCatalogBuilt() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = Snapshot(Fixtures.book.register.catalog)
        #expect(expected.groups.count > 100)
        #expect(expected.groups.contains { $0.hasPrefix("vitamin-k ") })

        let books = try LexiconCacheTests.booksWrittenThenRead(Self.cacheURL(folder), in: folder)
        let findings = RuleBookCacheTests.findings(Fixtures.book)
        for book in books {
            #expect(Snapshot(book.register.catalog) == expected)
            #expect(RuleBookCacheTests.findings(book) == findings)
        }
    }

    @Test(arguments: [
        ClaimIndexCacheTests.Damage.truncated(0), .truncated(40), .truncated(-1),
        .flipped(20), .flipped(-3),
    ])
    func aDamagedFileIsBuiltAgain(damage: ClaimIndexCacheTests.Damage) throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try LexiconCacheTests.bookAfterDamage(
            damage, to: Self.cacheURL(folder), in: folder)
        #expect(Snapshot(book.register.catalog) == Snapshot(Fixtures.book.register.catalog))
    }

    static let yaml = """
        substances:
          vitamin-k:
            names: [vitamin K, phylloquinone]
          menaquinone:
            names: [vitamin K2, MK-7]
            broader: vitamin-k
        """

    @Test func changedInputsAreNotReadFromTheFile() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = SubstanceCatalog.cacheFile(in: folder)
        func check(_ yaml: String, _ notSubstances: Set<[String]>) throws -> Snapshot {
            let built = Snapshot(
                try SubstanceCatalog(
                    yaml: yaml, path: "substances.yaml", register: .empty,
                    notSubstances: notSubstances))
            // First the file of other inputs is there (stale), then its own (read).
            for _ in 0..<2 {
                let loaded = try SubstanceCatalog.load(
                    yaml: yaml, path: "substances.yaml", register: .empty, registerBytes: Data(),
                    notSubstances: notSubstances, cache: cache)
                #expect(Snapshot(loaded) == built)
            }
            return built
        }
        let first = try check(Self.yaml, [])
        #expect(first.phrases.contains("MK-7") && first.phrases.contains("phylloquinone"))
        let edited = try check(
            Self.yaml.replacingOccurrences(of: "MK-7", with: "menatetrenone"), [])
        #expect(edited.phrases.contains("menatetrenone"))
        #expect(!edited.phrases.contains("MK-7"))
        _ = try check(Self.yaml, [["vitamin", "k"]])
        // Of the register: a key over other register bytes is another key.
        let key = SubstanceCatalog.cacheKey(
            yaml: Self.yaml, registerBytes: Data(), notSubstances: [])
        #expect(key != nil)
        #expect(
            key
                != SubstanceCatalog.cacheKey(
                    yaml: Self.yaml, registerBytes: Data("[]".utf8), notSubstances: []))
    }

    /// A payload whose checksum is right but whose ids are out of range (a file written by a
    /// faulty build) is refused, not trusted.
    @Test func aPayloadOfIdsOutOfRangeIsRefused() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = SubstanceCatalog.cacheFile(in: folder)
        let key = ContentHash()
        let catalog = try SubstanceCatalog(
            yaml: Self.yaml, path: "substances.yaml", register: .empty)
        func read(registerEntries: Int = 0) -> SubstanceCatalog? {
            cache.read(key: key) { SubstanceCatalog.decode(&$0, registerEntries: registerEntries) }
        }
        cache.write(key: key, payload: catalog.encoded())
        #expect(read().map(Snapshot.init) == Snapshot(catalog))
        var groups = catalog.groups
        groups[0].entries = [0]
        let entryOutOfRange = SubstanceCatalog(
            groups: groups, matcher: catalog.matcher, phrases: catalog.phrases)
        cache.write(key: key, payload: entryOutOfRange.encoded())
        #expect(read() == nil)
        #expect(read(registerEntries: 1) != nil)
        groups = catalog.groups
        groups[1].lineage = [1, 2]
        cache.write(
            key: key,
            payload: SubstanceCatalog(
                groups: groups, matcher: catalog.matcher, phrases: catalog.phrases
            ).encoded())
        #expect(read() == nil)
        var matcher = catalog.matcher
        matcher.add(["elixir"], label: 2)
        cache.write(
            key: key,
            payload: SubstanceCatalog(
                groups: catalog.groups, matcher: matcher, phrases: catalog.phrases
            ).encoded())
        #expect(read() == nil)
    }
}
