import EvidentCheck
import Testing

/// The stems themselves, pinned: ASCII words take a fast path, other words (accents, a curly
/// apostrophe, words over 32 letters) the general one; both must give the same stems.
struct StemmerTests {
    @Test(arguments: [
        ("prevents", "prevent"), ("Preventing", "prevent"), ("cured", "cur"), ("CURES", "cur"),
        ("arteries", "artery"), ("ties", "tie"), ("glasses", "glass"), ("virus", "virus"),
        ("analysis", "analysis"), ("clotting", "clotting"), ("hopping", "hopping"),
        ("agreed", "agreed"), ("used", "used"), ("bones", "bon"), ("Alzheimer's", "alzheimer"),
        ("Alzheimer’s", "alzheimer"), ("women’s", "women"), ("Ärzte", "ärzt"),
        ("Æsthetics", "æsthetic"), ("d'oeuvres", "doeuvr"), ("go", "go"), ("e", "e"),
        (
            "pneumonoultramicroscopicsilicovolcanoconiosis",
            "pneumonoultramicroscopicsilicovolcanoconiosis"
        ),
        (
            "PNEUMONOULTRAMICROSCOPICSILICOVOLCANOCONIOSES",
            "pneumonoultramicroscopicsilicovolcanoconios"
        ),
        ("calcifications", "calcification"), ("strengthening", "strengthen"),
    ])
    func stems(_ pair: (String, String)) {
        #expect(Stemmer.stem(pair.0) == pair.1)
    }
}
