import Testing

@testable import EvidentCheck

/// The types that cache files hold in a hand-written layout (`*+Cache.swift`), with the stored
/// fields that layout writes. A field added to one of them is a field its cache does not keep:
/// a cached value would then lack it without any other test failing (the EU register's
/// `synonyms`, session 14). When this fails: write and read the new field in the type's cache,
/// raise its format byte, then add the field here. (`RuleBookFiles` needs no entry: it is
/// `Codable`, so a new field is kept without a change.)
struct CacheFieldTests {
    static func fields(_ value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap(\.label)
    }

    static var tables: Lexicon.Tables {
        Lexicon.Tables(
            names: [], matcher: PhraseMatcher(), classTerms: LexiconClassPhrases([]), stopwords: [],
            hashtagWords: [],
            vocabularyLabels: [:])
    }

    @Test func cachedTypesHaveTheFieldsTheirCachesWrite() throws {
        let register = Fixtures.book.register.register
        let catalog = Fixtures.book.register.catalog
        let entry = try #require(register.entries.first)
        let group = try #require(catalog.groups.first)
        let phrase = try #require(catalog.matcher.byFirst.values.first?.first)
        let cases: [(name: String, value: Any, fields: [String])] = [
            (
                "EURegister (EURegister+Cache.swift)", register,
                ["source", "entries", "derivations", "qualifiers", "synonyms"]
            ),
            (
                "RegisterEntry (EURegister+Cache.swift)", entry,
                [
                    "id", "status", "article", "substance", "names", "wording", "relationship",
                    "conditions", "restrictions",
                ]
            ),
            (
                "SubstanceCatalog (SubstanceCatalog+Cache.swift)", catalog,
                ["groups", "matcher", "phrases"]
            ),
            (
                "SubstanceCatalog.Group (SubstanceCatalog+Cache.swift)", group,
                ["id", "lineage", "entries", "names"]
            ),
            ("PhraseMatcher (PhraseMatcher+Cache.swift)", catalog.matcher, ["byFirst"]),
            ("PhraseMatcher.Entry (PhraseMatcher+Cache.swift)", phrase, ["terms", "labels"]),
            (
                "Lexicon.Tables (Lexicon+Cache.swift)", Self.tables,
                [
                    "names", "matcher", "classTerms", "stopwords", "hashtagWords",
                    "vocabularyLabels",
                ]
            ),
            (
                "LexiconClassPhrases (Lexicon+Cache.swift)", Self.tables.classTerms,
                ["stems", "ids", "phraseEnds", "classEnds"]
            ),
        ]
        for (name, value, expected) in cases {
            #expect(
                Self.fields(value) == expected,
                "\(name): a stored field its cache does not write? (see this suite's note)")
        }
    }

    /// The check above can fail: a type with one field more than listed is caught.
    @Test func anExtraFieldIsCaught() {
        struct Grown {
            var terms: [String] = []
            var labels: [Int] = []
            var weight = 1.0
        }
        #expect(Self.fields(Grown()) != ["terms", "labels"])
        #expect(Self.fields(Grown()) == ["terms", "labels", "weight"])
    }
}
