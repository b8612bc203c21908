import EvidentCheck
import EvidentModel
import Testing

/// Rules K3-K6 (`.ci/vocab/derive-drug-kinds.py`, `TaggedSentence+ReplacedDrug.swift`): the
/// slot after a verb of exchanging or ceasing and its holder names a drug when a source files
/// the word there as one (MeSH's chemicals and drugs that WordNet does not know, WordNet's
/// drugs with a trade name) or when it is a brand nothing the checker knows and a dose of a
/// product is offered for it: the product is put in the drug's place. Foods, drinks, habits,
/// devices and a brand swapped for a drink, a device or nothing stay quiet.
struct ReplacedDrugReadingTests {
    static func findings(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    @Test(arguments: [
        // a MeSH drug WordNet does not know, the holder's possessive before it
        "Switch your whippet's pimozide for our valerian drops.",
        "We replaced our daughter's clonazepam with these magnesium gummies.",
        // a living holder as the indirect object, a gerund of dosing before it
        "Stop giving your gelding firocoxib and try our turmeric pellets.",
        // "wean … off" the drug
        "Wean your lurcher off the levetiracetam with our CBD paste.",
        // WordNet's drug with a trade name, in the trade name
        "Swap his Ritalin for our omega-3 capsules.",
        // a brand nothing knows, a dose of a product offered for it
        "Trade your terrier's Vetmedin for our hawthorn tablets.",
        "Replace the Galliprant with our green-lipped mussel powder.",
    ])
    func namedDrugInTheSlotIsReplaced(_ copy: String) {
        let found = Self.findings(copy)
        #expect(
            found.contains {
                $0.rule == "drug-comparison"
                    && $0.message.hasSuffix(
                        "compares the product with, or substitutes it for, a drug or therapy")
            }, "\(copy): \(found.map(\.message))")
    }

    @Test func messageNamesTheVerbHolderAndDrug() {
        let found = Self.findings("Swap your spaniel's Cytopoint for our nettle chews.")
        #expect(
            found.map(\.message).contains(
                "disease claim: 'Swap your spaniel's Cytopoint' compares the product with, or "
                    + "substitutes it for, a drug or therapy"), "\(found.map(\.message))")
    }

    @Test(arguments: [
        // foods, drinks, habits and places in the slot
        "Swap your afternoon coffee for our chicory capsules.",
        "Stop your sugar cravings with our cinnamon gummies.",
        "Swap your gym for our home workout app.",
        // a brand with nothing offered, or a device or a drink offered for it
        "Ditch your Nespresso.",
        "Swap your Keurig for our stovetop kit.",
        "Trade your Starbucks for our matcha tea.",
        // a class of chemicals MeSH names in the plural is no drug
        "Ditch the parabens for our shea balm.",
        // a catalog substance in the slot is a supplement swapped for another
        "Swap your melatonin for our magnesium tablets.",
        // the verb's object is no drug's slot when punctuation breaks it
        "Stop, Vetmedin users: read the label with our guide tablets.",
    ])
    func everydaySwapIsNoDrugReplacement(_ copy: String) {
        let found = Self.findings(copy)
        #expect(!found.map(\.rule).contains("drug-comparison"), "\(copy): \(found.map(\.message))")
    }
}
