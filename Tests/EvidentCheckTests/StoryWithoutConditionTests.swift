import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 27's testimonials that name no condition (`RulePacks/implied.yaml`,
/// `testimonial-arcs.yaml`): a vet or doctor who "has not been out" since the product, a
/// prescription drug of WordNet's drugs given up, a craving switched off, sobriety since the
/// product, an organ that works normally or does its job "now", a medicine's dose halved, a
/// drop not touched, a body's waste that firms up, and a time on the product told with a number
/// word past twelve ("eleven months dry"). Sentences written for this test (none from an
/// evaluation set), with everyday copy of the same shape beside each reading.
struct StoryWithoutConditionTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// Each reading on copy that makes the claim: (copy, rule).
    @Test(arguments: [
        (
            "Since the seaweed lick went into the paddock the vet hasn't been out to the ewes once.",
            "testimonial-care-given-up"
        ),
        // a named drug given up: since session 39 (db969e3c) drug-comparison reads the MeSH
        // drug after a give-up verb, and the two findings on one span keep that one
        (
            "Since the nettle capsules I haven't needed a single primidone tablet.",
            "drug-comparison"
        ),
        (
            "I drank a bottle of wine a night; the kudzu capsules switched the urge off.",
            "testimonial-craving-absent"
        ),
        (
            "I was a nightly whisky drinker; eleven months dry since the capsules.",
            "testimonial-sober"
        ),
        (
            "My brother has been sober since the spring, all down to the milk thistle drips.",
            "testimonial-sober-since-product"
        ),
        (
            "A month on the kidney drops and the vet says her kidneys are working normally now.",
            "implied-organ-working-now"
        ),
        ("My thyroid is doing its job now thanks to the kelp.", "implied-organ-working-now"),
        (
            "Two months on the cinnamon and the nurse has halved his insulin.",
            "testimonial-care-given-up"
        ),
        ("I haven't touched a drop since the kudzu tea.", "testimonial-dependence-use-ended"),
        (
            "Two days on the herbal drench and the weaned lambs' dung firmed up.",
            "implied-waste-sign-gone"
        ),
    ])
    func storyNamesNoCondition(_ copy: String, _ rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy)")
    }

    /// The same shapes in everyday copy: a tradesman not called out, a machine working now,
    /// a sober colour, a craving for food, a habit of no dependence.
    @Test(arguments: [
        "The plumber hasn't been out since we fitted the new boiler.",
        "Since the new filter the pump is working properly now.",
        "Our designated drivers stay sober all night; the mocktails are on us.",
        "The protein shakes switched my urge to snack off.",
        "Since the new lamp I haven't needed a single candle.",
        "Since the new lamp I have halved my electricity bill.",
        "Our fibre blend helps firm up stools as part of a balanced diet.",
    ])
    func everydayCopyIsClean(_ copy: String) {
        #expect(Self.rules(copy).isEmpty, "\(copy)")
    }

    /// The messages name the story's reading.
    @Test func messages() {
        let message = Fixtures.message
        #expect(
            message(
                "Dad has been sober since Easter, all down to the milk thistle drips.",
                "testimonial-sober-since-product")
                == "disease claim: the testimonial 'been sober since' reports sobriety beside the "
                + "product (treating an addiction)")
        #expect(
            message(
                "Since the berberine my pancreas is working as it should now.",
                "implied-organ-working-now")
                == "disease claim: 'pancreas is working as it should now' says an organ works "
                + "normally now beside the product (implying it did not: a disease turned round)")
        #expect(
            message(
                "Since the cider vinegar went into the troughs the vet hasn't been out to the "
                    + "calves once.", "testimonial-care-given-up")
                == "disease claim: the testimonial 'vet hasn't been out' tells of medical care no "
                + "longer needed beside the product (the care stands for the disease it treats)")
    }
}
