import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 13's readings of what an implied claim is, not of one wording: a before/after story
/// (something bodily or medical, then the product, then its reversal), a sign or value the copy
/// calls abnormal moved back toward normal, and a part of the body kept from a named harm
/// (MeSH's toxins, pollutants, smoke, anticancer and contrast agents: `@mesh-harm`, derived by
/// `.ci/implied/derive-anatomy.py`). Sentences written for this test (none from an evaluation
/// set), with the lawful and everyday copy beside each reading.
struct BeforeAfterReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// The derived harms (rule H1): toxins, pollutants, smoke and anticancer and contrast agents,
    /// without the oxidants of the EU register's authorised antioxidant wording or acronyms.
    @Test func derivedHarms() {
        func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }
        let harms = Set(Fixtures.book.lexicon.phrases(ofClass: "mesh-harm"))
        #expect(harms.count > 300)
        #expect(
            harms.isSuperset(
                of: stems(["mycotoxins", "smoke", "tars", "pesticides", "contrast media", "soot"])))
        #expect(harms.isDisjoint(with: stems(["oxidants", "oxidant", "age", "eta"])))
    }

    /// Each reading on copy that makes the claim: (copy, rule).
    @Test(arguments: [
        (
            "The rheumatologist kept talking about injections for my thumb; three months on the "
                + "willow bark and I can open jars again.",
            "testimonial-before-after"
        ),
        (
            "Our collie's hips had him stiff on walks; ten days on the mussel powder and he's back "
                + "on the beach.",
            "testimonial-before-after"
        ),
        (
            "He'd had the nebuliser by his bed since March; since the thyme syrup it has gone "
                + "untouched.",
            "testimonial-before-after"
        ),
        // A sign no vocabulary names as a condition is read as implied; "swollen wrists" is a
        // vocabulary condition (wrist swelling, read out of order by rule R), and "bulging
        // wrists" a located complaint (rule L), both named outright.
        (
            "With our horse-chestnut gel, distended wrists settle by evening.",
            "implied-abnormal-normalised"
        ),
        (
            "With our horse-chestnut gel, bulging wrists settle by evening.",
            "disease-in-product-copy"
        ),
        (
            "With our horse-chestnut gel, swollen wrists settle by evening.",
            "disease-in-product-copy"
        ),
        ("Brings a raised troponin back to normal within days.", "implied-abnormal-normalised"),
        (
            "Doubles the count and halves raised creatine kinase in working dogs.",
            "implied-abnormal-normalised"
        ),
        (
            "Whatever the night brings, your liver stays protected from the alcohol with two capsules.",
            "implied-organ-harm-kept-off"
        ),
        (
            "Drink it before the infusion so the chemotherapy can't damage your heart.",
            "implied-organ-harm-kept-off"
        ),
        ("Shields a farmhand's lungs from pesticides and dust.", "implied-organ-outside-harm"),
    ])
    func reads(_ text: String, _ rule: String) {
        #expect(Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// The lawful and everyday side: an ordinary feeling before, a cosmetic part, no product,
    /// a food named after blood, energy and mood, cosmetic anti-pollution copy, a product's own
    /// safety, protective gear: (copy, rule that stays silent).
    @Test(arguments: [
        (
            "I used to be wiped out by four o'clock; since the ginseng I'm back at the gym after work.",
            "testimonial-before-after"
        ),
        (
            "My nails used to peel and snap; since the biotin gummies they're long again.",
            "testimonial-before-after"
        ),
        (
            "Her ankle was in plaster for six weeks and now she's back on the pitch.",
            "testimonial-before-after"
        ),
        (
            "Blood orange sorbet is back on the dessert menu since the new chef arrived.",
            "testimonial-before-after"
        ),
        ("Lifts low energy levels when the afternoon drags.", "implied-abnormal-normalised"),
        (
            "Helps maintain blood sugar levels already within the normal range.",
            "implied-abnormal-normalised"
        ),
        (
            "The water level in the pond went back to normal after the rain.",
            "implied-abnormal-normalised"
        ),
        ("Protects your skin from pollution and city grime.", "implied-organ-harm-kept-off"),
        ("Protects your skin from pollution and city grime.", "implied-organ-outside-harm"),
        ("Our fragrance-free lotion won't harm your skin.", "implied-organ-harm-kept-off"),
        ("A dust mask protects your lungs from smoke and soot.", "implied-organ-outside-harm"),
        (
            "Selenium contributes to the protection of cells from oxidative stress.",
            "implied-organ-outside-harm"
        ),
    ])
    func silent(_ text: String, _ rule: String) {
        #expect(!Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// The message names the reading.
    @Test func messages() {
        #expect(
            Fixtures.message(
                "My physio had me on crutches; since the arnica capsules I walk to work again.",
                "testimonial-before-after")
                == "disease claim: the testimonial 'physio had me on crutches; since the arnica "
                + "capsules I walk to work again' tells of something bodily or medical before the "
                + "product and its reversal after it (a disease treated)")
    }
}
