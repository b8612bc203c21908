import EvidentModel
import Testing

@testable import EvidentCheck

/// Readings of session 12, each derived or written as a general rule: the diseases of animals
/// WordNet names (rule V of `.ci/vocab/derive.py`), disease adjectives with a figurative sense
/// (rule F15), more WHO INN stems for `@drug`, a drug the reader is told to stop giving, and
/// an eponym's possessive written without its apostrophe in a hashtag.
struct VeterinaryReadingTests {
    /// The disease-claim errors of a US check (`ProductNameTests.errors`).
    static func errors(_ text: String) -> [(rule: String, text: String)] {
        ProductNameTests.errors(text)
    }

    /// WordNet's hyponyms of "animal disease" that no human source names are diseases; one an
    /// everyday verb's form reaches ("heaves", "staggers") needs a health context.
    @Test(arguments: [
        ("Cures strangles in horses naturally.", "strangles"),
        ("Our herbal blend treats spavin and sand crack.", "spavin"),
        ("Our herbal drops clear up scours in calves.", "scours"),
    ])
    func animalDiseasesAreDiseases(_ item: (String, String)) {
        let found = Self.errors(item.0)
        #expect(found.contains { $0.text == item.1 }, "\(found)")
    }

    @Test func everydayFormsOfAnimalDiseasesNeedAHealthContext() throws {
        #expect(Self.errors("The boat heaves in the swell and she staggers to the rail.").isEmpty)
        let vocabulary = try ConditionVocabulary.bundled()
        let heaves = try #require(vocabulary.longestPhrase([Stemmer.stem("heaves")], at: 0))
        #expect(heaves.values.allSatisfy { vocabulary.sense(at: Int($0)) == .ambiguous })
        // "madness" has senses besides rabies: it is no disease of the vocabulary
        #expect(vocabulary.longestPhrase([Stemmer.stem("madness")], at: 0) == nil)
    }

    /// An organism MeSH files among its germs that WordNet does not know (rule G3).
    @Test(arguments: [
        ("Our drops kill Coxiella burnetii before it spreads.", "kill Coxiella burnetii"),
        (
            "Our spray wipes out Legionella pneumophila in your lungs.",
            "wipes out Legionella pneumophila"
        ),
    ])
    func meshGerms(_ item: (String, String)) {
        let found = Self.errors(item.0)
        #expect(found.contains { $0.text == item.1 }, "\(found)")
    }

    /// "Infectious", "cancerous": a disease only where the sentence speaks of health.
    @Test func figurativeDiseaseAdjectives() {
        #expect(
            Self.errors("Her new single is infectious; I've had it on repeat all week.").isEmpty)
        #expect(Self.errors("His laugh is infectious and the whole room joins in.").isEmpty)
        let found = Self.errors(
            "Shields your child from anything infectious this winter with our elderberry drops.")
        #expect(found.contains { $0.text == "infectious" }, "\(found)")
        #expect(!Self.errors("Our herbal drops stop cancerous cells spreading.").isEmpty)
    }

    /// A drug named by a WHO INN stem ("phenobarbital", "meloxicam", "zopiclone") or stopped
    /// being given.
    @Test(arguments: [
        "Swap your dog's phenobarbital for our CBD drops.",
        "Replace your dog's meloxicam with our green-lipped mussel chews.",
        "Stop giving your cat insulin; our herbal drops do the job.",
        "Stop injecting insulin and try our cinnamon capsules.",
        // session 30's stems (WHO/EMP/RHT/TSN/2018.1): -iclone, -adol, -glitazone
        "Throw away the zopiclone: our sleep gummies work from the first night.",
        "Swap the tramadol for our turmeric paste.",
        "Ditch the pioglitazone; our cinnamon capsules do the same.",
    ])
    func drugReplacement(_ text: String) {
        let found = Self.errors(text)
        #expect(found.contains { $0.rule == "drug-comparison" }, "\(found)")
    }

    /// Words WordNet knows that end like a new stem are no drugs; stopping anything but a drug
    /// is no drug replacement.
    @Test(arguments: [
        "Each scoop has L-histidine and L-lysine.",
        "Keep the jar on the mantel, away from children.",
        "Stop giving your dog table scraps; our chews are a better treat.",
        "Stop using harsh shampoos on your horse's coat.",
        "Our adolescent range comes in three flavours.",
        "Throw away the old cushions: our new throws arrive on Friday.",
    ])
    func notADrug(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// A hashtag cannot hold an apostrophe: "#parkinsons" writes "Parkinson's".
    @Test func eponymsInHashtags() {
        #expect(
            Self.errors("Tears are back #sjogrens #seabuckthorn").contains {
                $0.text == "sjogrens"
            })
        #expect(!Self.errors("Stronger every day #CrohnsWarrior").isEmpty)
        #expect(Self.errors("Dinner with the #wilsonfamily tonight.").isEmpty)
    }
}
