import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 10's implied readings (`RulePacks/implied.yaml`): testimonials whose story implies a
/// disease (a daily activity lost and given back, a medical aid or medicine given up, a
/// clinician's changed verdict, episodes counted down, sobriety), an everyday ability restored,
/// a mechanism that jams or bursts a germ, and the
/// analytes added to `lab-values.yaml`. Sentences written for this test (none from an evaluation
/// set), with the lawful structure/function stories and everyday copy beside each reading.
struct TestimonialReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// Each reading on copy that makes the claim: (copy, rule).
    @Test(arguments: [
        (
            "Mum couldn't get up the steps to her flat. Six weeks on the tonic and she climbs them "
                + "alone.", "testimonial-lost-ability"
        ),
        (
            "My uncle had lost feeling in his feet. Since the drops he feels the sand on the beach.",
            "testimonial-lost-ability"
        ),
        (
            "Grandad forgot our names last spring. Since starting the capsules he greets us all.",
            "testimonial-lost-ability"
        ),
        (
            "My nebuliser went everywhere with me. Since the mullein syrup it sits in the cupboard.",
            "testimonial-aid-given-up"
        ),
        (
            "Three months into the capsules, the hand therapist signed me off.",
            "testimonial-clinician-turn"
        ),
        (
            "Not a single seizure since our son started the hemp oil.",
            "testimonial-episodes-stopped"
        ),
        (
            "He drank a bottle of wine a night. The kudzu tea took the urge away; he is 60 days sober.",
            "testimonial-sober"
        ),
        (
            "Restores the ability to climb the stairs after years in a chair.",
            "implied-ability-restored"
        ),
        ("Regain control of your bowels in a fortnight.", "implied-ability-restored"),
        (
            "Our clove tincture bursts the parasites inside your red cells.",
            "implied-germ-mechanism"
        ),
        ("The spray pops the germs hiding in your sinuses.", "implied-germ-mechanism"),
        ("Brings low potassium levels back up without a prescription.", "implied-lab-value"),
        ("Flushes excess ammonia out of the blood overnight.", "implied-lab-value"),
    ])
    func fires(_ text: String, _ rule: String) {
        #expect(Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// Structure/function stories, directions and everyday copy near each reading's words.
    @Test(arguments: [
        (
            "I used to drag myself through the afternoon. Since the B12 gummies I have energy "
                + "until dinner.", "testimonial-lost-ability"
        ),
        ("Can't swallow big tablets? Our chewables are easy to take.", "testimonial-lost-ability"),
        (
            "I couldn't walk past the bakery without stopping. Since the protein bars I walk on.",
            "testimonial-lost-ability"
        ),
        (
            "I couldn't drive to work without two coffees. Since the matcha I'm alert all morning.",
            "testimonial-lost-ability"
        ),
        (
            "I put my old protein powder in the cupboard since the new blend tastes better.",
            "testimonial-aid-given-up"
        ),
        (
            "Do not stop taking your medication without asking your doctor.",
            "testimonial-aid-given-up"
        ),
        (
            "My dentist couldn't believe how white my teeth were after a month of the strips.",
            "testimonial-clinician-turn"
        ),
        ("Ask your vet before giving the chews to a puppy.", "testimonial-clinician-turn"),
        ("Not one complaint since we moved to the new capsules.", "testimonial-episodes-stopped"),
        ("My skin has been dry for two weeks since the weather turned.", "testimonial-sober"),
        (
            "The update restores the ability to swipe back on older phones.",
            "implied-ability-restored"
        ),
        ("Regain control of your mornings with our overnight oats.", "implied-ability-restored"),
        ("Cooking chicken through kills Salmonella.", "implied-germ-mechanism"),
        ("Bacillus coagulans survives stomach acid to reach the gut.", "implied-germ-mechanism"),
        ("A high calcium yogurt for growing kids.", "implied-lab-value"),
        ("Helps reduce elevated cortisol levels caused by everyday stress.", "implied-lab-value"),
    ])
    func silent(_ text: String, _ rule: String) {
        #expect(!Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// The added analytes: blood values only, and bounded on the side that makes moving them a
    /// claim.
    @Test func addedAnalytes() throws {
        let classes = try #require(Fixtures.book.lexicon.labValues).classes
        let all = Set(try #require(classes["lab-analyte"]))
        let high = Set(try #require(classes["lab-analyte-high"]))
        #expect(
            all.isSuperset(of: ["potassium level", "blood calcium", "haematocrit", "cortisol"]))
        #expect(high.isSuperset(of: ["afp", "blood lead"]))
        #expect(all.isDisjoint(with: ["calcium", "sodium", "potassium"]))
    }

    /// The messages name the story's reading.
    @Test func messages() {
        let message = Fixtures.message
        #expect(
            message(
                "I used to carry my inhaler everywhere. Since the thyme syrup it stays in the drawer.",
                "testimonial-aid-given-up")
                == "disease claim: the testimonial 'stays in the drawer' tells of a medical aid or "
                + "medicine given up beside the product (the aid stands for the disease it treats)")
        #expect(
            message(
                "Our clove tincture bursts the parasites inside your red cells.",
                "implied-germ-mechanism")
                == "disease claim: 'bursts the parasites' says what the product does to a germ that "
                + "causes an infection (a mechanism standing for a cure)")
    }
}
