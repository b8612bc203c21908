import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 38 (checker): a claim quoted from a regulator's warning letter or told by the page
/// it was written on is still the claim (`TaggedSentence+Reported.swift`); what a living holder
/// is rescued, saved or brought back from is the illness it had (rule L8c,
/// `TaggedSentence.rescuedFromObject`); care counted as none since the product, an organ's
/// results better since it, and a complaint's riddance written after it in a name (data:
/// implied.yaml, common.yaml). Sentences written for this test (none from an evaluation set).
struct ReportedAndRescuedTests {
    static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }
    }

    /// A warning letter quotes the claim; it cautions no reader.
    @Test(arguments: [
        "Warning letter excerpt: our oregano drops heal chronic bronchitis.",
        "From the FDA warning letter: the firm's tea cures chronic cystitis in a week.",
        "Warning-letter exhibit: our nettle tea heals chronic nephritis.",
    ])
    func warningLetterQuotesTheClaim(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    /// A warning to the reader is still a caution; news of a regulator's letters told in a
    /// clause of its own reports claims, and is read as before.
    @Test(arguments: [
        "Warning: do not take if you have chronic kidney disease.",
        "Warnings: not for people with epilepsy or liver disease.",
        "The FDA sent warning letters to seven companies that claimed their supplements cure cancer.",
        "Last year the FDA issued warning letters to firms selling teas said to cure diabetes.",
    ])
    func warningToTheReaderCautions(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    /// A website that says the claim is its channel; one that is the topic keeps its domain.
    @Test(arguments: [
        "The company's website said its clove drops recover children from autism.",
        "The seller's website claims its elderberry gummies reverse lupus.",
    ])
    func websiteSaysTheClaim(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Our plugin scans your website and removes every virus and worm it finds.",
        "The website says our antivirus removes every virus from your laptop.",
    ])
    func websiteAsTopicOrNoProduct(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    /// What a living holder is rescued, saved or brought back from is its illness (L8c).
    @Test(arguments: [
        "Garlic water saved my goslings from scours.",
        "The echinacea mash rescued all three colts from strangles.",
        "Our thyme tonic brought my old gelding back from the heaves.",
    ])
    func rescuedFromIllness(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    /// A thing rescued, or a holder rescued from a place, has no illness.
    @Test(arguments: [
        "Volunteers rescued three ponies from a flooded field on Sunday.",
        "The new manager saved the project from the doldrums.",
        "We rescued the hens from a battery farm last spring.",
        "Vets on the ward saved the puppies from parvo last winter.",
    ])
    func rescuedFromNoIllness(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    /// Care counted as none since the product; an organ's results better since it.
    @Test(arguments: [
        "Zero trips to the paediatrician since we started the elderberry gummies.",
        "Not a single vet visit this year since we put the old dog on the green-lipped mussel.",
        "The vet says Bramble's kidney values are the best they've been in years since the fish-oil paste.",
    ])
    func dataReadings(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Zero trips to the garage since the new tyres went on.",
        "The lab's results on our well water are the best in years since the new filter.",
        "Wet Socks No More waterproof walking boots, sizes 4 to 12",
    ])
    func dataLookAlikes(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }
}
