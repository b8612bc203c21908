import EvidentCheck
import Testing

struct TokenizerTests {
    @Test(arguments: [
        ("prevents", "prevented"), ("preventing", "prevent"), ("cure", "cured"),
        ("cures", "curing"), ("diseases", "disease"), ("Parkinson's", "parkinson"),
        ("Parkinson’s", "Parkinsons"), ("arteries", "artery"), ("viruses", "virus"),
        ("heals", "healing"),
    ])
    func formsMeet(_ pair: (String, String)) {
        #expect(Stemmer.stem(pair.0) == Stemmer.stem(pair.1))
    }

    @Test func clottingIsNotClot() {
        #expect(Stemmer.stem("clotting") != Stemmer.stem("clots"))
        #expect(Stemmer.stem("clot") == Stemmer.stem("clots"))
    }

    @Test func wordsNumbersHyphensAndNegation() {
        #expect(
            Tokenizer.terms("MK-7 doesn't cause 2.5 mg") == [
                "mk", "7", "doe", "not", "caus", "2.5", "mg",
            ])
        #expect(Tokenizer.terms("anti-inflammatory") == Tokenizer.terms("anti inflammatory"))
    }
}

extension TokenizerTests {
    /// The plural of an acronym is the acronym; a possessive is marked on its token.
    @Test func acronymPluralsAndPossessives() {
        #expect(Tokenizer.terms("UTIs STDs") == Tokenizer.terms("UTI STD"))
        #expect(Tokenizer.terms("Alzheimer's") == ["alzheimer"])
        #expect(Tokenizer.tokens("Alzheimer's Alzheimer").map(\.isPossessive) == [true, false])
    }
}
