import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 11's implied readings grounded in MeSH (`RulePacks/implied-anatomy.yaml`, derived by
/// `.ci/implied/derive-anatomy.py`): a part of the body kept from an outside harm, a function or
/// part brought back after a long loss, a growth gone or an operation called off in a story of
/// the product, a sign in a part of the body told beside the product taken, and a lab value
/// named in the sentence before the one that moves it. Sentences written for this test (none from an evaluation set), with the lawful
/// and everyday copy beside each reading.
struct AnatomyReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// The derived classes: organs, tissues and cells of MeSH's anatomy tree, without the
    /// branches' roots (rule A5) or one-word names WordNet knows only in another sense (A4);
    /// operations of MeSH E04 that MeSH does not also file as diagnosis (E01).
    @Test func derivedClasses() {
        func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }
        let anatomy = Set(Fixtures.book.lexicon.phrases(ofClass: "mesh-anatomy"))
        #expect(anatomy.count > 3000)
        #expect(
            anatomy.isSuperset(
                of: stems([
                    "cochlea", "myocardium", "hepatocytes", "testes", "tongue", "heart muscle",
                    "blood vessels",
                ])))
        #expect(anatomy.isDisjoint(with: stems(["cells", "tissues"])))
        let surgery = Set(Fixtures.book.lexicon.phrases(ofClass: "mesh-surgery"))
        #expect(
            surgery.isSuperset(of: stems(["hysterectomy", "amputation", "cataract extraction"])))
        #expect(surgery.isDisjoint(with: stems(["colonoscopy", "biopsy"])))
    }

    /// Each reading on copy that makes the claim: (copy, rule).
    @Test(arguments: [
        (
            "Guards the hair cells of your cochlea from the ringing damage of gunfire.",
            "implied-organ-outside-harm"
        ),
        (
            "Protects your myocardium from the side effects of cancer drugs.",
            "implied-organ-outside-harm"
        ),
        (
            "Our NAC drink shields hepatocytes from an overdose of painkillers.",
            "implied-organ-outside-harm"
        ),
        (
            "Gives back the grip that has been failing in your hands for years.",
            "implied-long-loss-restored"
        ),
        ("Switches the thymus back on after decades of decline.", "implied-long-loss-restored"),
        (
            "Helps your adrenal glands pump out cortisol on their own again.",
            "implied-long-loss-restored"
        ),
        (
            "The vet scanned Bella again: the mass on her liver had shrunk. Hemp chews in her "
                + "dinner every night.", "testimonial-growth-or-operation"
        ),
        (
            "Two months into the tea and her cholecystectomy was called off.",
            "testimonial-growth-or-operation"
        ),
        (
            "Grandma's ankles used to swell like loaves by teatime. Since the horse chestnut "
                + "capsules her shoes fit again.", "testimonial-body-sign"
        ),
        (
            "Sodium at 129 on the last blood panel? Our broth sachets bring it back within "
                + "range.", "implied-lab-value-before"
        ),
    ])
    func fires(_ text: String, _ rule: String) {
        #expect(Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// Protective gear, oxidative stress, cosmetics, pick-me-ups, muscle mass, trips, and a
    /// story whose product is nothing taken (guitar strings) or whose ache is a runner's.
    @Test(arguments: [
        ("Foam earplugs protect your ears from loud concerts.", "implied-organ-outside-harm"),
        ("Vitamin E helps protect cells from oxidative stress.", "implied-organ-outside-harm"),
        (
            "Store the tablets in the box to protect them from light and moisture.",
            "implied-organ-outside-harm"
        ),
        (
            "Brings back the glow your skin has been missing for years.",
            "implied-long-loss-restored"
        ),
        (
            "Restores energy after years of night shifts.",
            "implied-long-loss-restored"
        ),
        (
            "Helps maintain normal liver function as part of a healthy diet.",
            "implied-long-loss-restored"
        ),
        (
            "Since the protein shakes my muscle mass is up and my belly is gone.",
            "testimonial-growth-or-operation"
        ),
        (
            "We cancelled the trip since the new tea arrived late.",
            "testimonial-growth-or-operation"
        ),
        ("Since switching to nylon strings my fingers don't hurt.", "disease-testimonial"),
        ("Since switching to nylon strings my fingers don't hurt.", "testimonial-body-sign"),
        (
            "My calves used to ache after long runs. Since the magnesium I recover faster.",
            "testimonial-body-sign"
        ),
        (
            "My knees used to ache after gardening. Since the collagen drink I kneel longer.",
            "testimonial-body-sign"
        ),
        (
            "Sales slumped after the holidays? Our coupons bring them back up.",
            "implied-lab-value-before"
        ),
    ])
    func silent(_ text: String, _ rule: String) {
        #expect(!Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// The messages name the reading.
    @Test func messages() {
        let message = Fixtures.message
        #expect(
            message(
                "Protects your myocardium from the side effects of cancer drugs.",
                "implied-organ-outside-harm")
                == "disease claim: 'Protects your myocardium from the side effects' claims to keep "
                + "a part of the body from a harm that injures it as a disease does (a drug, "
                + "alcohol, noise)")
        #expect(
            message(
                "Switches the thymus back on after decades of decline.",
                "implied-long-loss-restored")
                == "disease claim: 'Switches the thymus back on' claims to bring back a function "
                + "or part of the body the copy says was lost for a long time or switched off "
                + "(implying a disease took it)")
        #expect(
            message(
                "Two months into the tea and her cholecystectomy was called off.",
                "testimonial-growth-or-operation")
                == "disease claim: the testimonial 'cholecystectomy was called off' tells of a "
                + "growth gone or an operation called off beside the product (a disease treated)")
        #expect(
            message(
                "Grandma's ankles used to swell like loaves by teatime. Since the horse chestnut "
                    + "capsules her shoes fit again.", "testimonial-body-sign")
                == "disease claim: the testimonial 'Grandma's ankles used to swell' tells of a sign "
                + "of disease in a part of the body beside the product taken (a disease treated)")
    }
}
