import EvidentCheck
import EvidentModel
import Testing

/// Readings of session 31 (checker): a drug named by the beginning patients clip it to (rule
/// K7), a coined product name running a disease's combining form into a cure ending (rule N),
/// a germ or a pest kept from taking hold of a body (principle G) and what drives a disease's
/// signs as what the product acts on (principle D). Each is written for the kind: the cases
/// below are other members than the ones that showed the kind.
struct ClippedAndKeptOutTests {
    /// The disease-claim errors of a US check (`ProductNameTests.errors`).
    static func errors(_ text: String) -> [(rule: String, text: String)] {
        ProductNameTests.errors(text)
    }

    /// A clipped drug in the slot of a verb of ceasing or exchanging, with a product offered
    /// after it, is the drug: four letters or more of a drug's name, no word of WordNet.
    @Test(arguments: [
        ("Quit the amlo: our beetroot shots keep your numbers down.", "Quit the amlo"),
        (
            "Swap the pred for our turmeric paste and your old lurcher won't notice.",
            "Swap the pred"
        ),
        ("Stop the sertra and try our saffron drops instead.", "Stop the sertra"),
    ])
    func clippedDrugs(_ item: (String, String)) {
        let found = Self.errors(item.0)
        #expect(found.contains { $0.rule == "drug-comparison" && $0.text == item.1 }, "\(found)")
    }

    /// A clipping that is a word ("tram", "metro", "sim", "cod") is that word.
    @Test(arguments: [
        "Ditch the tram and walk along the canal with our flask of tea.",
        "Swap the sim for our pay-monthly plan and save on data.",
        "Get off the metro at Haymarket and try our oat cookies.",
        "Swap the cod for our battered halloumi on Fridays.",
    ])
    func clippedWordsAreWords(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// A coined name running a disease's combining form (derived from the vocabulary's names in
    /// -itis, -osis …) or stem into a cure ending, with no capital between, names the disease.
    @Test(arguments: [
        ("Bronchaway Thyme Syrup, 200 ml, sugar free.", "Bronchaway"),
        ("Cystaway Cranberry Sachets, 14 pack.", "Cystaway"),
        ("Psorizero Scalp Oil with Tea Tree, 50 ml.", "Psorizero"),
    ])
    func combiningFormsJoinedToACure(_ item: (String, String)) {
        let found = Self.errors(item.0)
        #expect(
            found.contains { $0.rule == "disease-product-name" && $0.text == item.1 }, "\(found)")
        #expect(
            Fixtures.message(item.0, "disease-product-name")
                == "disease claim: the product name '\(item.1)' joins a disease or organ stem "
                + "to a cure (the name itself claims to treat)")
    }

    /// Names of organs, people and things joined to such endings, and a pan named for the
    /// stomach, name no disease; a word of copy spelled like a combining form keeps its own
    /// readings (the forms are never tagged: "Dermo" is an oyster disease).
    @Test func namesThatAreNoDisease() {
        for text in [
            "Gastro-Ease Non-Stick Pan Set, 3 pieces, made in Sheffield.",
            "Arthur's Ease-Glide Drawer Runners, pack of 4, zinc plated.",
            "GlucoZero Sugar-Free Mints, 50 g tin.",
            "Osteria Zero Alcohol Spritz, 4 x 250 ml cans.",
        ] {
            #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text))")
        }
        let found = Fixtures.check(
            "Dermo wiped out of our oyster beds with the new probiotic bath.", market: .us)
        #expect(Fixtures.presentsAsDisease(found, "Dermo"), "\(found)")
    }

    /// A germ or a pest of a body that cannot latch on, enter, multiply or come back, or that
    /// the product stops from doing so, is an infection kept away.
    @Test(arguments: [
        (
            "Our silver spray coats the germs so they cannot stick to the back of your throat.",
            "germs so they cannot stick to"
        ),
        (
            "Once your puppy is on our chews, roundworms won't ever come back.",
            "roundworms won't ever come back"
        ),
        (
            "Our herb powder means the mites never get a foothold on your hens.",
            "mites never get a foothold"
        ),
        (
            "Add our garlic to the feed and the red mite won't ever take hold in your flock.",
            "mite won't ever take hold"
        ),
    ])
    func germsKeptFromTakingHold(_ item: (String, String)) {
        let found = Self.errors(item.0)
        #expect(
            found.contains { $0.rule == "germ-kept-from-body" && $0.text == item.1 }, "\(found)")
    }

    @Test func germKeptOutMessage() {
        #expect(
            Fixtures.message(
                "Our silver spray coats the germs so they cannot stick to the back of your throat.",
                "germ-kept-from-body")
                == "disease claim: 'germs so they cannot stick to' says the product keeps a germ or "
                + "a pest from taking hold of the body (an infection prevented or cured)")
    }

    /// Germs in jars, on teeth and in kitchens, moths in wardrobes, pests of gardens and houses.
    @Test(arguments: [
        "Honey is so dry that bacteria cannot multiply in the jar.",
        "Our xylitol mints keep bacteria from sticking to your teeth.",
        "Our cedar hangers mean clothes moths will never move into your wardrobe.",
        "Fit our chimney cap and jackdaws will never come back to nest.",
    ])
    func germsElsewhere(_ text: String) {
        let found = Self.errors(text)
        #expect(!found.contains { $0.rule == "germ-kept-from-body" }, "\(found)")
    }

    /// A cell, a molecule or a germ that drives a lesion or a disease's sign, as what the
    /// product acts on, stands for the disease; cells that make the body's ordinary things do
    /// not.
    @Test func causeOfSigns() {
        let text = "Curcumin quiets the enzyme that causes crystals to form in the big toe joint."
        #expect(
            Fixtures.message(text, "cause-of-sign-mechanism")
                == "disease claim: 'enzyme that causes crystals' says the product acts on what "
                + "drives a disease's signs (a mechanism standing for a cure)")
        for ordinary in [
            "Collagen feeds the cells that make your skin firm and bouncy.",
            "Vitamin C helps the cells that make collagen.",
        ] {
            #expect(Self.errors(ordinary).isEmpty, "\(Self.errors(ordinary))")
        }
    }
}
