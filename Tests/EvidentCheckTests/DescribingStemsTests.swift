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
        #expect(read.describing == ["aback", "beige", "lone"])
        #expect(read.things == ["aba", "abacus"])
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
        #expect(read.describing == describing)
        #expect(read.things == things)
        #expect(describing.count > 20_000 && things.count > 1_000)
    }

    /// The known words, read as bytes, are the lines splitting the text gave.
    @Test func knownWordsAsCharacters() throws {
        let url = try #require(
            ConditionVocabulary.bundledDirectory?.appendingPathComponent("known-words.txt"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
        #expect(TaggedSentence.knownStems == lines)
        #expect(lines.count > 80_000)
        #expect(TaggedSentence.knownStems(in: Data("# c\na\n\nab\n".utf8)) == ["a", "ab"])
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
