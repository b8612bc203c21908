import Foundation
import Testing

@testable import EvidentCheck

/// Rule U5's describing words (`Vocabulary/describing-words.txt`) and rule U3's known words
/// (`Vocabulary/known-words.txt`) read from the files' bytes: the same sets their lines give
/// when split into characters.
struct DescribingStemsTests {
    @Test func readsLinesOfStemAndKind() {
        let text = "# comment\naba\tthing\naback\t-\n\nabacus\tthing\nbeige\t-\nlone\n"
        let read = TaggedSentence.describingStems(in: Data(text.utf8))
        #expect(read.describing.all == ["aback", "beige", "lone"])
        #expect(read.things.all == ["aba", "abacus"])
        // Not in order (or a line opening with a tab): read into sets, with the same answers.
        let unordered = "beige\t-\naba\tthing\n\tthing\nlone\n"
        let sets = TaggedSentence.describingStems(in: Data(unordered.utf8))
        #expect(sets.describing.all == ["beige", "thing", "lone"])
        #expect(sets.things.all == ["aba"])
        for term in ["aba", "aback", "abacus", "beige", "lone", "thing", "", "ab", "lonely"] {
            #expect(read.describing.contains(term) == read.describing.all.contains(term))
            #expect(read.things.contains(term) == read.things.all.contains(term))
            #expect(sets.describing.contains(term) == sets.describing.all.contains(term))
        }
    }

    /// The world nouns (rule U14, `Vocabulary/world-nouns.txt`): each set of the file looked up
    /// in its bytes answers as the set its lines give read as characters, for every stem of the
    /// file and for words that are not in it.
    @Test func worldStemsAnswerAsTheirSets() throws {
        let url = try #require(
            ConditionVocabulary.bundledDirectory?.appendingPathComponent("world-nouns.txt"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var sets: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count > 1, let stem = fields.first else { continue }
            let set: String
            if stem.hasPrefix("=") {
                set = fields[1] == "adj" ? "adjectives" : "mainly"
            } else {
                set = fields[1] == "body" ? "body" : fields[1] == "verb" ? "verbs" : "world"
            }
            sets[set, default: []].insert(String(stem.hasPrefix("=") ? stem.dropFirst() : stem))
        }
        let read = try #require(TaggedSentence.worldStems)
        let read2 = [
            "world": read.world, "body": read.body, "verbs": read.verbs,
            "adjectives": read.adjectives, "mainly": read.mainlyAdjectives,
        ]
        #expect(sets.count == 5)
        for (name, set) in sets {
            let stems = try #require(read2[name])
            #expect(stems.all == set, "\(name)")
            #expect(set.count > 500, "\(name)")
        }
        // Every third stem of the file (of each set), as written, after "=", and longer.
        let every = sets.values.reduce(Set<String>()) { $0.union($1) }.sorted()
        let probes =
            stride(from: 0, to: every.count, by: 3).flatMap {
                [every[$0], "=" + every[$0], every[$0] + "q"]
            } + ["", "=", "==", "K", "\u{212A}"]
        for term in probes {
            for (name, set) in sets {
                #expect(read2[name]?.contains(term) == set.contains(term), "\(name) \(term)")
            }
        }
        // A small file: stems and written words ("="), a line without a kind, kinds as read.
        let small = "# c\n=bright\tadj\n=kind\tadj+\napple\tworld\narm\tbody\nbare\nrun\tverb\n"
        let both = [
            TaggedSentence.worldStems(in: Data(small.utf8)),
            TaggedSentence.worldStems(
                in: Data(Array("run\tverb\n".utf8) + Array(small.utf8.dropFirst(4)))),
        ]
        for stems in both {
            #expect(stems.world.all == ["apple"] && stems.body.all == ["arm"])
            #expect(stems.verbs.all == ["run"] && stems.adjectives.all == ["bright"])
            #expect(stems.mainlyAdjectives.all == ["kind"])
            #expect(stems.adjectives.contains("bright") && !stems.world.contains("=bright"))
            #expect(!stems.world.contains("bare") && !stems.adjectives.contains("=bright"))
        }
    }

    /// The bundled file, read as bytes, gives what splitting its text gave.
    @Test func bundledFileAsCharacters() throws {
        let url = try #require(
            ConditionVocabulary.bundledDirectory?.appendingPathComponent("describing-words.txt"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var describing = Set<String>()
        var things = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard let stem = fields.first else { continue }
            if fields.count > 1, fields[1] == "thing" {
                things.insert(String(stem))
            } else {
                describing.insert(String(stem))
            }
        }
        let read = try #require(TaggedSentence.describingStems)
        #expect(read.describing.all == describing)
        #expect(read.things.all == things)
        // Looked up in the file's bytes, as the sets would be.
        for term in describing.union(things).flatMap({ [$0, $0 + "q"] }) + ["", "#"] {
            #expect(read.describing.contains(term) == describing.contains(term), "\(term)")
            #expect(read.things.contains(term) == things.contains(term), "\(term)")
        }
        #expect(describing.count > 20_000 && things.count > 1_000)
    }

    /// The known words, read as bytes, are the lines splitting the text gave.
    @Test func knownWordsAsCharacters() throws {
        let url = try #require(
            ConditionVocabulary.bundledDirectory?.appendingPathComponent("known-words.txt"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
        let known = try #require(TaggedSentence.knownStems)
        #expect(known.all == lines)
        #expect(known.count == lines.count)
        #expect(lines.count > 80_000)
        // Looked up in the file's bytes, as the set of lines would be.
        for line in lines.prefix(2_000) { #expect(known.contains(line)) }
        for line in lines.prefix(2_000) where !lines.contains(line + "q") {
            #expect(!known.contains(line + "q"))
        }
        #expect(KnownStems(data: Data("# c\na\n\nab\n".utf8)).all == ["a", "ab"])
    }

    /// A stem is known exactly when the set of lines holds it: found by a binary search in
    /// the bytes of a file in order, looked up in a set when the file is not in order or not
    /// ASCII, and a term that is not ASCII equal to a line as strings are (canonically).
    @Test func knownStemsAnswerAsTheSetOfLines() {
        let ordered = KnownStems(data: Data("# c\nK\na\nab\nab\nb\nk\nx;y\n".utf8))
        let unordered = KnownStems(data: Data("b\na\nk\nx;y\nab\n".utf8))
        let accented = KnownStems(data: Data("caf\u{E9}\nk\nx;y\n".utf8))
        #expect(ordered.count == 6 && unordered.count == 5 && accented.count == 3)
        #expect(ordered.all == ["K", "a", "ab", "b", "k", "x;y"])
        let terms = [
            "", "a", "ab", "abc", "b", "c", "k", "K", "x;y", "x\u{37E}y", "\u{212A}", "caf\u{E9}",
            "cafe\u{301}", "\u{1FEF}", "#c", "# c",
        ]
        for stems in [ordered, unordered, accented] {
            let lines = stems.all
            for term in terms {
                #expect(stems.contains(term) == lines.contains(term), "\(term)")
            }
        }
        // The three scalars that decompose to ASCII find their ASCII lines.
        #expect(ordered.contains("x\u{37E}y") && unordered.contains("x\u{37E}y"))
        #expect(ordered.contains("\u{212A}") && !unordered.contains("\u{212A}"))
        #expect(accented.contains("cafe\u{301}"))
    }
}

/// The lexicon's class ids looked up by name without SipHash (`ClassIDTable`): every class of
/// the bundled lexicon has the id the dictionary gives it, and an unknown name has none.
struct ClassIDTableTests {
    @Test func sameIDsAsTheDictionary() {
        let lexicon = Fixtures.book.lexicon
        #expect(lexicon.classIDs.count > 100)
        for (name, id) in lexicon.classIDs {
            #expect(lexicon.classID(name) == id, "\(name)")
        }
        #expect(lexicon.classID("no-such-class") == nil)
        #expect(lexicon.classID("") == nil)
    }

    @Test func smallTable() {
        let table = ClassIDTable(["a": 0, "b": 1, "lab-analyte-named": 2])
        #expect(table["a"] == 0 && table["b"] == 1 && table["lab-analyte-named"] == 2)
        #expect(table["c"] == nil)
    }
}

/// Every text's value in a `StringTable` is the dictionary's it was built from, whatever the
/// values (the concept reader's words, the claim index's term ids, the register's targets), and
/// a text it does not hold (empty, longer, a prefix, another case) has none.
struct StringTableTests {
    @Test func sameValuesAsTheDictionary() {
        let words = Dictionary(
            uniqueKeysWithValues: (0..<5_000).map { ("w\($0)", [$0, $0 * 2]) })
        let table = StringTable(words)
        #expect(table.count == 5_000 && !table.isEmpty)
        for (text, value) in words { #expect(table[text] == value, "\(text)") }
        for text in ["", "w", "w5000", "W1", "w1 ", "w00"] {
            #expect(table[text] == nil, "\(text)")
        }
        let empty = StringTable([String: Int]())
        #expect(empty.isEmpty && empty[""] == nil && empty["a"] == nil)
    }

    /// Texts of every length from 0 to 24 bytes (the last bytes of a text read as one load,
    /// or as loads of four, two and one) and keys that are not ASCII: the table answers as the
    /// dictionary does for a text written with a key's bytes, and has nothing for a text with
    /// other bytes, a canonically equal one too ("café" decomposed: the hash is of the bytes).
    @Test func everyLengthAndTextsThatAreNotASCII() {
        var entries: [String: Int] = [:]
        for length in 0...24 {
            entries[String(repeating: "a", count: length)] = length
            entries["x" + String(repeating: "b", count: length)] = 100 + length
        }
        for (offset, key) in ["café", "naïve", "straße", "日本", "Ω", "e\u{301}tude"].enumerated() {
            entries[key] = 200 + offset
        }
        let table = StringTable(entries)
        for (text, value) in entries { #expect(table[text] == value, "\(text)") }
        for text in [
            "caf", "cafés", "aaaaaaaaX", "xbbbbbbbbbbbbbbbbbbbbbbbbb", "b", "A", "naive", "日", "Ω ",
        ] {
            #expect(table[text] == nil, "\(text)")
        }
        #expect(table["cafe\u{301}"] == nil)
    }

    /// The bundled concept reader's words, read through the table: each stem of the claim
    /// index's terms has the facts the dictionary holds, and the bits `read(_:)` asks instead
    /// of its word sets (auxiliaries, verbs of breaking, "keep") are set on exactly their words.
    @Test func conceptWordsAndTheirFacts() {
        let concepts = Fixtures.book.concepts
        typealias Fact = ConceptMatcher.Fact
        for term in ConceptMatcher.auxiliaries {
            #expect((concepts.words[term]?.facts ?? 0) & Fact.auxiliary != 0, "\(term)")
        }
        for term in concepts.breaking {
            #expect((concepts.words[term]?.facts ?? 0) & Fact.breaking != 0, "\(term)")
        }
        for term in ConceptMatcher.keeping {
            #expect((concepts.words[term]?.facts ?? 0) & Fact.keeping != 0, "\(term)")
        }
        for term in ConceptMatcher.relatives {
            #expect((concepts.words[term]?.facts ?? 0) & Fact.relative != 0, "\(term)")
        }
        #expect(!concepts.breaking.isEmpty)
        for term in [
            "heart", "bone", "the", "calcium", "zzz", "", "which", "kept", "broke", "does",
        ] {
            let facts = concepts.words[term]?.facts ?? 0
            #expect((facts & Fact.auxiliary != 0) == ConceptMatcher.auxiliaries.contains(term))
            #expect((facts & Fact.breaking != 0) == concepts.breaking.contains(term))
            #expect((facts & Fact.keeping != 0) == ConceptMatcher.keeping.contains(term))
            #expect((facts & Fact.relative != 0) == ConceptMatcher.relatives.contains(term))
        }
    }
}

/// A word of letters as `Character.isLetter` reads it, whether its bytes are ASCII or not
/// (`TaggedSentence.isLetters`, read before an opening imperative is tagged).
struct LetterWordTests {
    @Test(arguments: [
        "walk", "Hear", "z", "", "walk2", "don't", "co-op", "café", "naïve", "e\u{301}", "1\u{301}",
        "\r\n", "ab\r\n", "日本", "straße", "Ω", " a",
    ])
    func sameAsCharacterIsLetter(word: String) {
        #expect(TaggedSentence.isLetters(word) == word.allSatisfy(\.isLetter), "\(word)")
    }
}

/// A word as written, lowercased (`TaggedSentence.writtenForm`, read where an imperative or a
/// dependant's verb may start): the text of each character lowercased and joined, whether the
/// word's scalars are ASCII or not.
struct WrittenFormTests {
    @Test(arguments: [
        "Hears", "walk", "WALK", "Z", "don't", "Co-Op", "Café", "NAÏVE", "E\u{301}TUDE", "İstanbul",
        "STRASSE", "Straße", "ΟΔΟΣ", "日本", "a1B2",
    ])
    func sameAsEachCharacterLowercased(word: String) {
        let text = Array(("x " + word + " y").unicodeScalars)
        let token = Token(term: "w", start: 2, end: 2 + word.unicodeScalars.count)
        let expected = text[token.start..<token.end].map { Character($0).lowercased() }.joined()
        #expect(TaggedSentence.writtenForm(token, text: text) == expected, "\(word)")
    }
}
