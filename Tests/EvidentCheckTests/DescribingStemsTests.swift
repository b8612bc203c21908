import Foundation
import Testing

@testable import EvidentCheck

/// Rule U5's describing words (`Vocabulary/describing-words.txt`) read from the file's bytes:
/// the same two sets its lines give when split into characters.
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
}
