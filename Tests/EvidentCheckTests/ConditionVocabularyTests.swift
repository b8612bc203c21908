import EvidentCheck
import Foundation
import Testing

/// The condition vocabulary derived from MeSH, DO, SYMP, ICD-10-CM and HPO, and its overlay.
struct ConditionVocabularyTests {
    static let vocabulary: ConditionVocabulary = {
        do { return try ConditionVocabulary.bundled() } catch {
            preconditionFailure("the bundled vocabulary does not load: \(error)")
        }
    }()

    static func concepts(_ text: String) -> [String: ConditionConcept] {
        var result: [String: ConditionConcept] = [:]
        for match in vocabulary.lookup(text) { result[match.concept.phrase] = match.concept }
        return result
    }

    /// Each source contributes phrases, with its ids kept.
    @Test(arguments: [
        ("Fights rheumatoid arthritis.", "rheumatoid arthritis", "MESH:D001172"),
        ("Eases arthralgia.", "arthralgia", "SYMP:0000064"),
        ("For essential hypertension.", "essential hypertension", "ICD10CM:I10"),
        ("Helps with brittle bone disease.", "brittle bone disease", "DOID:12347"),
        ("Lowers high blood sugar.", "high blood sugar", "HP:0003074"),
    ])
    func eachSourceIsLoaded(text: String, phrase: String, id: String) throws {
        let concept = try #require(Self.concepts(text)[phrase])
        #expect(concept.conceptIDs.contains(id))
        #expect(!concept.isAlias)
    }

    /// Rule G: the organism an infection term names is a germ ("Giardia infection", "West
    /// Nile virus infection"), with the infection's ids; a word with an everyday or body sense
    /// ("yeast" is a leaven, "ear" of "ear infection") and an insect ("flea") are not.
    @Test func germsComeFromInfectionTerms() throws {
        let giardia = try #require(Self.concepts("Kills Giardia fast.")["giardia"])
        #expect(giardia.kind == .germ)
        #expect(giardia.conceptIDs.contains("MESH:D005873"))
        let virus = try #require(Self.concepts("Clears West Nile virus.")["west nile virus"])
        #expect(virus.kind == .germ)
        for word in ["yeast", "ear", "flea", "wound"] {
            #expect(Self.concepts("About the \(word) today.")[word]?.kind != .germ, "\(word)")
        }
    }

    /// The longest phrase wins and its words are not matched again.
    @Test func longestPhraseFirst() {
        let matches = Self.vocabulary.lookup("Relieves joint pain and high blood pressure.")
        #expect(matches.map(\.concept.phrase) == ["joint pain", "high blood pressure"])
        #expect(matches.map(\.start) == [1, 4])
        #expect(matches.map(\.end) == [3, 7])
    }

    /// Words whose everyday senses dominate in WordNet are marked; words whose most frequent
    /// sense is the medical one, and plain medical terms, are not.
    @Test func wordSensesAreMarked() throws {
        let found = Self.concepts(
            "stroke, headache, cold, depression, anxiety, osteoporosis, cancer")
        // A golf stroke, a source of worry, the weather.
        #expect(try #require(found["stroke"]).sense == .ambiguous)
        #expect(try #require(found["headache"]).sense == .ambiguous)
        #expect(try #require(found["cold"]).sense == .ambiguous)
        // Their most frequent sense in WordNet is the medical one.
        #expect(try #require(found["depression"]).sense == .plain)
        #expect(try #require(found["anxiety"]).sense == .plain)
        #expect(try #require(found["osteoporosis"]).sense == .plain)
        // The constellation and the crab genus are proper nouns, not senses of the word.
        #expect(try #require(found["cancer"]).sense == .plain)
    }

    /// A possessive eponym is kept alone ("Alzheimer's"), marked so that it counts only as a
    /// possessive; an eponym that is an everyday word ("Down") is not.
    @Test func eponymsAreMarked() throws {
        let found = Self.concepts("Alzheimer's and Parkinson's")
        #expect(try #require(found["alzheimer"]).sense == .eponym)
        #expect(try #require(found["parkinson"]).sense == .eponym)
        #expect(Self.vocabulary.concepts.contains { $0.phrase == "down" } == false)
    }

    /// WordNet adds lay synonyms and spellings of a source concept that have no other sense,
    /// and the adjectives of a condition, with the synset they come from.
    @Test(arguments: [("leukaemia", "WN:"), ("tendonitis", "WN:"), ("diabetic", "WN:")])
    func wordNetAddsLayForms(phrase: String, prefix: String) throws {
        let concept = try #require(Self.concepts(phrase)[phrase])
        #expect(concept.conceptIDs.contains { $0.hasPrefix(prefix) })
        #expect(concept.provenance.contains("WordNet"))
    }

    /// Filters by rule: inverted forms, short acronyms, acronyms that are words, everyday words
    /// known only in a non-medical sense.
    @Test(arguments: [
        "neoplasms, abdominal", "ms", "aids", "atlas", "body weight", "does", "calme", "chronic",
        "add", "nerves",
    ])
    func filteredPhrasesAreAbsent(phrase: String) {
        #expect(Self.vocabulary.concepts.contains { $0.phrase == phrase } == false)
    }

    /// Phrases authorised EU Article 13 claims use are normal functions, not diseases.
    @Test func authorisedFunctionsAreNotDiseases() throws {
        let found = Self.concepts("contributes to the reduction of tiredness and to weight loss")
        #expect(try #require(found["tiredness"]).kind == .function)
        #expect(try #require(found["weight loss"]).kind == .function)
    }

    /// The overlay adds lay phrases, marked as such.
    @Test func aliasOverlay() throws {
        let concept = try #require(Self.concepts("Heals leaky gut for good.")["leaky gut"])
        #expect(concept.isAlias)
        #expect(concept.kind == .disease)
        #expect(concept.provenance == "alias overlay")
        let high = try #require(Self.concepts("Lowers high blood pressure")["high blood pressure"])
        #expect(
            high.provenance
                == "MeSH D006973, SYMP:0020064, ICD-10-CM I10, HP:0000822 (HPO 2025-01-16)")
    }

    /// A one-word phrase whose stem an everyday word shares counts only as written, or in its
    /// plural in -s: "bend over backwards" is not decompression sickness, "a hive of activity"
    /// not HIV, "John's" not Johne's disease.
    @Test func quotedPhrasesCountOnlyAsWritten() throws {
        #expect(Self.vocabulary.lookup("She would bend over backwards for you.").isEmpty)
        #expect(Self.vocabulary.lookup("The office is a hive of activity.").isEmpty)
        #expect(Self.vocabulary.lookup("John's doctor agreed.").isEmpty)
        #expect(Self.vocabulary.lookup("Flush the flue.").isEmpty)
        let bends = try #require(Self.concepts("Divers get the bends.")["bends"])
        #expect(bends.isAsWritten)
        #expect(bends.conceptIDs == ["MESH:D003665"])
        #expect(Self.vocabulary.lookup("Soothes hives.").map(\.concept.phrase) == ["hives"])
        #expect(Self.vocabulary.lookup("Living with HIV.").map(\.concept.phrase) == ["hiv"])
        #expect(Self.vocabulary.lookup("Johne's").map(\.concept.phrase) == ["johne"])
        // A phrase with no everyday word on its stem still meets its inflections.
        #expect(Self.vocabulary.lookup("fevers").map(\.concept.phrase) == ["fever"])
    }

    /// Rule F5b: a two-letter abbreviation whose commonest WordNet sense is the medical one
    /// counts only written in capitals ("MS", not the title "Ms" nor "ms"), and only where the
    /// sentence speaks of health (ambiguous).
    @Test func twoLetterAbbreviationsCountOnlyInCapitals() throws {
        let ms = try #require(Self.concepts("Living with MS since 2019.")["MS"])
        #expect(ms.isAsWritten)
        #expect(ms.sense == .ambiguous)
        #expect(ms.conceptIDs == ["MESH:D009103"])
        #expect(Self.vocabulary.lookup("Ms Jones agreed.").isEmpty)
        #expect(Self.vocabulary.lookup("A dose of 5 ms.").isEmpty)
        // Two letters WordNet knows first in another sense are not abbreviations of a disease.
        #expect(Self.vocabulary.lookup("Shipped from VT.").isEmpty)
    }

    /// Rules F16, F17 and G4: abbreviations the sources define beside a term ("CMT - Charcot-
    /// Marie-Tooth disease", "Inflammatory breast cancer (IBC)"), counted in a health context
    /// only; Greek and Latin forms WordNet lacks ("cirrhotic", "keratoses"); the virus a disease
    /// term names first ("Nipah virus encephalitis").
    @Test func derivedWrittenForms() throws {
        for (text, phrase) in [("Halts CMT.", "cmt"), ("Beats IBC.", "ibc")] {
            let concept = try #require(Self.concepts(text)[phrase], "\(phrase)")
            #expect(concept.sense == .ambiguous, "\(phrase)")
        }
        let cirrhotic = Self.concepts("Keeps the liver from going cirrhotic.")["cirrhotic"]
        #expect(cirrhotic?.kind == .disease)
        #expect(Self.concepts("Removes keratoses.")["keratoses"]?.kind == .disease)
        #expect(Self.concepts("Protects from Nipah virus.")["nipah virus"]?.kind == .germ)
        // "TMJ" is also the joint (a MeSH anatomy term), "MIDAS" a king: neither is derived.
        #expect(Self.concepts("Relaxes the TMJ.")["tmj"] == nil)
        #expect(Self.concepts("The MIDAS touch.")["midas"] == nil)
    }

    /// A determiner or possessive after a phrase's first word is one slot; a first word is
    /// taken as written ("her disease" is an eponym, not "the disease").
    @Test(arguments: ["ringing in your ears", "Ringing in my ears", "ringing in his ears"])
    func determinersAreOneSlot(text: String) throws {
        let concept = try #require(Self.concepts(text)["ringing in the ears"])
        #expect(concept.conceptIDs == ["HP:0000360"])
    }

    @Test func firstWordDeterminerIsNotASlot() {
        #expect(Self.concepts("the disease")["her disease"] == nil)
        #expect(Self.concepts("her disease")["her disease"] != nil)
    }

    /// A malformed line is refused with the file, line and column and what was expected: an
    /// unknown kind, an unknown sense, more than one word between quotes.
    @Test(arguments: [
        (
            "gout\tillness\t-\tDOID:13189", "c.tsv:2:1",
            "expected 'phrase<TAB>disease|symptom|function|germ<TAB>"
                + "ambiguous|eponym|head|-<TAB>ids', got 'gout\tillness\t-\tDOID:13189'"
        ),
        (
            "gout\tdisease\trare\tDOID:13189", "c.tsv:2:14",
            "unknown sense 'rare' (expected 'ambiguous', 'eponym', 'head' or '-')"
        ),
        (
            "\"gout attack\"\tdisease\t-\tDOID:13189", "c.tsv:2:1",
            "expected one word between quotes, got '\"gout attack\"'"
        ),
    ])
    func malformedLineIsAnError(line: String, path: String, message: String) {
        #expect(throws: CheckError.invalidRulePack(path: path, message: message)) {
            try ConditionVocabulary(
                conditions: ("c.tsv", "# head\n\(line)\n"), aliases: ("a.tsv", ""),
                sources: ("s.tsv", ""))
        }
    }

    /// The committed resource is what `.ci/vocab/derive.py` produces from ../shared/vocab
    /// (skipped where python3, the vocabularies or WordNet are missing).
    @Test func resourceMatchesRegeneration() throws {
        guard
            FileManager.default.fileExists(
                atPath: Fixtures.shared.appendingPathComponent("vocab/mesh").path),
            let run = try Fixtures.regenerationCheck(
                ".ci/vocab/derive.py",
                arguments: ["--vocab", Fixtures.shared.appendingPathComponent("vocab").path])
        else { return }
        #expect(run.status == 0, "\(run.errors)")
    }
}
