import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// The EU register as decoded, kept in `<cache>/register.cache` between checks: the register
/// read from the file is the register decoded from `eu-register.json` (same source, entries,
/// derivations and qualifiers, so the same findings); a stale, damaged or invalid one is never
/// read or written.
struct RegisterCacheTests {
    static func cacheURL(_ folder: URL) -> URL {
        folder.appendingPathComponent("register.cache")
    }

    static func expectSame(_ register: EURegister, _ expected: EURegister) {
        #expect(register.source == expected.source)
        #expect(register.entries == expected.entries)
        #expect(register.derivations == expected.derivations)
        #expect(register.qualifiers == expected.qualifiers)
        #expect(register.synonyms == expected.synonyms)
    }

    @Test func theCachedRegisterIsTheRegisterDecoded() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = Fixtures.book.register.register
        #expect(expected.entries.count > 2_000)
        #expect(expected.entries.contains { $0.conditions == nil })
        #expect(expected.entries.contains { $0.restrictions != nil })
        #expect(!expected.derivations.isEmpty && !expected.qualifiers.isEmpty)
        #expect(!expected.synonyms.isEmpty)

        let books = try LexiconCacheTests.booksWrittenThenRead(Self.cacheURL(folder), in: folder)
        let findings = RuleBookCacheTests.findings(Fixtures.book)
        for book in books {
            Self.expectSame(book.register.register, expected)
            #expect(book.sources == Fixtures.book.sources)
            #expect(RuleBookCacheTests.findings(book) == findings)
        }
    }

    @Test(arguments: [
        ClaimIndexCacheTests.Damage.truncated(0), .truncated(40), .truncated(-1),
        .flipped(20), .flipped(-3),
    ])
    func aDamagedFileIsDecodedAgain(damage: ClaimIndexCacheTests.Damage) throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try LexiconCacheTests.bookAfterDamage(
            damage, to: Self.cacheURL(folder), in: folder)
        Self.expectSame(book.register.register, Fixtures.book.register.register)
    }

    static func json(_ wording: String, status: String = "authorised") -> Data {
        Data(
            """
            {"source": {"name": "EU Register", "publisher": "EC", "version": "1", "licence": "l",
              "attribution": "a", "counts": {"authorised": 1}},
             "derivations": {"lessen": "reduction"}, "qualifiers": ["heavy"],
             "synonyms": {"blood sugar": "blood glucose"},
             "entries": [{"id": "e1", "status": "\(status)", "article": "13(1)",
               "substance": "Vitamin C", "names": ["vitamin C"], "wording": "\(wording)",
               "conditions": "15% NRV"}]}
            """.utf8)
    }

    @Test func otherBytesAreNotReadFromTheFileAndAnInvalidRegisterIsNeverKept() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EURegister.cacheFile(in: folder)
        for wording in ["contributes to the normal function of the immune system", "other"] {
            // First the file of other bytes is there (stale), then its own (read).
            for _ in 0..<2 {
                let register = try EURegister.load(
                    data: Self.json(wording), path: "eu-register.json", cache: cache)
                Self.expectSame(
                    register, try EURegister(data: Self.json(wording), path: "eu-register.json"))
                #expect(register.entries.first?.wording == wording)
                #expect(register.entries.first?.relationship == nil)
                #expect(register.source.counts == ["authorised": 1])
            }
        }
        try FileManager.default.removeItem(at: cache.url)
        let invalid = Self.json("x", status: "pending")
        #expect(throws: CheckError.self) {
            try EURegister.load(data: invalid, path: "eu-register.json", cache: cache)
        }
        #expect(!FileManager.default.fileExists(atPath: cache.url.path))
    }

    /// A payload whose checksum is right but whose status is not one the register knows (a file
    /// written by a faulty build) is refused, not trusted.
    @Test func aPayloadOfAnUnknownStatusIsRefused() throws {
        let folder = try ClaimIndexCacheTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EURegister.cacheFile(in: folder)
        let register = try EURegister(data: Self.json("w"), path: "eu-register.json")
        let key = ContentHash()
        var payload = register.encoded()
        cache.write(key: key, payload: payload)
        #expect(cache.read(key: key, { EURegister.decode(&$0) })?.entries == register.entries)
        let authorised = Array("authorised".utf8)
        // The entry's status: the last "authorised" of the payload (the first is a count's name).
        let at = try #require(
            payload.indices.last {
                $0 > 0 && payload[$0 - 1] == 0
                    && payload[$0..<min($0 + authorised.count, payload.count)]
                        .elementsEqual(authorised)
            })
        payload[at] = UInt8(ascii: "A")
        cache.write(key: key, payload: payload)
        #expect(cache.read(key: key, { EURegister.decode(&$0) }) == nil)
    }
}
