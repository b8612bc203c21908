import EvidentCheck
import EvidentModel
import Testing

/// The WHO INN stems of `@drug` and `@drug-name` (lexicon.yaml `suffix-classes`; WHO's "The use
/// of stems in the selection of International Nonproprietary Names", WHO/EMP/RHT/TSN/2018.1):
/// a drug no vocabulary lists is named by its stem ("zopiclone": -iclone, a hypnotic), so the
/// product offered in its place is a drug replacement; no word WordNet knows ends so but a
/// drug's or a drug class's.
struct DrugStemTests {
    static func errors(_ text: String) -> [(rule: String, text: String)] {
        ProductNameTests.errors(text)
    }

    @Test(arguments: [
        "Throw away the zopiclone: our sleep gummies work from the first night.",
        "Swap the tramadol for our turmeric paste.",
        "Ditch the pioglitazone; our cinnamon capsules do the same.",
    ])
    func drugByItsStem(_ text: String) {
        let found = Self.errors(text)
        #expect(found.contains { $0.rule == "drug-comparison" }, "\(found)")
    }

    @Test(arguments: [
        "Our adolescent range comes in three flavours.",
        "Throw away the old cushions: our new throws arrive on Friday.",
    ])
    func wordsThatEndAlikeAreNoDrugs(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }
}
