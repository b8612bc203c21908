import Foundation
import Testing

@testable import EvidentCheck

/// Cardinal numbers written in words read as a measure's before and after
/// (`LabValueTable.spelledNumber`, `TaggedSentence.movedValue`): English's grammar of
/// cardinals, a lone "one" no number, and a number in words never read as one value against an
/// analyte's range. Sentences written for this test (none from an evaluation set).
struct SpelledNumberTests {
    static let rules = StoryAcrossReadingTests.rules

    @Test(arguments: [
        ("nine", 9.0, 1), ("twenty-six", 26, 2), ("twenty six days", 26, 2),
        ("two hundred and ten", 210, 4), ("two hundred ten", 210, 3), ("four point one", 4.1, 3),
        ("one point two", 1.2, 3), ("thirty-one to eleven", 31, 2), ("forty thousand", 40_000, 2),
        ("three hundred thousand", 300_000, 3), ("six twenty", 6, 1), ("eleven", 11, 1),
        ("zero point five", 0.5, 3), ("ninety and", 90, 1), ("two hundred and", 200, 2),
    ])
    func reads(text: String, value: Double, words: Int) throws {
        let read = try #require(LabValueTable.spelledNumber(at: 0, Tokenizer.terms(text)))
        #expect(read.value == value && read.end == words, "\(text): \(read)")
    }

    @Test(arguments: ["one", "one of them", "hundred", "point one", "and two", "thousands", "tea"])
    func noNumber(text: String) {
        #expect(LabValueTable.spelledNumber(at: 0, Tokenizer.terms(text)) == nil, "\(text)")
    }

    /// A sentence that writes a number in digits is read as before: its numbers in words are
    /// no values (`spelled: false`).
    @Test func onlyWithoutDigits() throws {
        let table = try #require(Fixtures.book.lexicon.labValues)
        let text = "Calcitonin went from nine to 42"
        let tokens = Tokenizer.tokens(text)
        let scalars = Array(text.unicodeScalars)
        let nine = try #require(tokens.firstIndex { $0.term == Stemmer.stem("nine") })
        #expect(
            TaggedSentence.movedReading(
                at: nine, tokens, text: scalars, table: table, spelled: false) == nil)
        let read = try #require(
            TaggedSentence.movedReading(
                at: nine, tokens, text: scalars, table: table, spelled: true))
        #expect(read.reading.value == 9 && read.end == nine + 1)
    }

    @Test(arguments: [
        "My IgA went from ninety to one hundred and thirty after the colostrum capsules.",
        "Calcitonin fifty-eight → forty-seven on the nettle capsules.",
        "My prealbumin read eleven in March and twenty-four by June, on the bone broth sachets.",
        "His IgA was two point one before the colostrum powder and it's four point six now.",
        "Calcitonin down from two hundred and ten to thirty since the kelp capsules.",
    ])
    func movedValuesInWords(copy: String) {
        let found = Self.rules(copy)
        #expect(
            found.contains("implied-lab-measure-moved") || found.contains("implied-lab-fold-change")
                || found.contains("implied-lab-value"),
            "\(copy): \(found)")
    }

    /// A number in words with no before and after, a count or a dose, a nutrient in the food,
    /// or one value beside an analyte: no lab value moved.
    @Test(arguments: [
        "Potassium is one of the five minerals in our electrolyte tonic.",
        "Take two capsules a day, up from one, with the kelp tea.",
        "Sugar down from twelve grams to four per serving in the new recipe.",
        "My procalcitonin test is in nine days; I take the capsules every morning.",
        "Calcitonin went from twenty to twenty-one on the kelp capsules.",
    ])
    func noMove(copy: String) {
        let found = Self.rules(copy)
        #expect(
            !found.contains("implied-lab-measure-moved")
                && !found.contains("implied-lab-fold-change")
                && !found.contains("implied-lab-value"),
            "\(copy): \(found)")
    }
}
