import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 12's implied readings whose nouns are derived (`RulePacks/implied-anatomy.yaml`, from
/// MeSH and WordNet by `.ci/implied/derive-anatomy.py`): medical care a story says is no longer
/// needed, a mechanism on a cell, receptor, enzyme or antibody tied to a disease in its
/// sentence, a lab count past counting, and a T-score's sign said in words. Sentences written
/// for this test (none from an evaluation set or a probe), with lawful and everyday copy beside
/// each reading.
struct CareMechanismReadingTests {
    static let rules = AnatomyReadingTests.rules

    /// The derived classes keep the technical and medical names and drop the everyday ones
    /// (rules T1-T2, C1-C2, D1 and G1 of the script).
    @Test func derivedClasses() {
        func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }
        func phrases(_ name: String) -> Set<[String]> {
            Set(Fixtures.book.lexicon.phrases(ofClass: name))
        }
        let targets = phrases("mesh-cell-target")
        #expect(targets.count > 5000)
        #expect(
            targets.isSuperset(
                of: stems([
                    "receptors", "opioid receptors", "mast cells", "mitochondria", "ige",
                    "antibodies", "acetylcholinesterase", "spike protein",
                ])))
        #expect(targets.isDisjoint(with: stems(["body", "channel", "membrane", "a"])))
        let care = phrases("mesh-care")
        #expect(
            care.isSuperset(
                of: stems([
                    "cardiologist", "chemotherapy", "hospital", "renal dialysis", "clinic",
                    "paediatrician", "cochlear implant",
                ])))
        #expect(care.isDisjoint(with: stems(["analyst", "resident", "bed", "massage", "yoga"])))
        let abused = phrases("mesh-abused-drug")
        #expect(abused.isSuperset(of: stems(["heroin", "cocaine", "opioid", "alcohol"])))
        #expect(abused.isDisjoint(with: stems(["neonatal", "substance"])))
        let germ = phrases("mesh-germ-protein")
        #expect(germ.isSuperset(of: stems(["spike protein", "viral envelope proteins"])))
        #expect(germ.isDisjoint(with: stems(["binding protein"])))
    }

    /// Each reading on copy that makes the claim: (copy, rule).
    @Test(arguments: [
        (
            "Three months on the nettle capsules and Dad's nephrologist has not had to book "
                + "the haemodialysis.", "testimonial-care-given-up"
        ),
        (
            "Since the sea buckthorn oil, Grandma skips the phototherapy sessions at the "
                + "dermatology clinic.", "testimonial-care-given-up"
        ),
        (
            "Our ashwagandha gummies calm the adrenal receptors behind panic attacks.",
            "implied-target-mechanism"
        ),
        (
            "Mushroom beta-glucans switch on the natural killer cells that hunt tumours.",
            "implied-target-mechanism"
        ),
        (
            "Our kudzu drops block the same brain receptors as cocaine.",
            "implied-target-mechanism"
        ),
        (
            "His stool sample showed worm eggs too numerous to count. Two weeks on the "
                + "pumpkin seed powder and the vet found none.", "implied-lab-uncountable"
        ),
        (
            "My T-score was minus 2.9 before the calcium chews.",
            "abnormal-lab-value"
        ),
    ])
    func fires(_ text: String, _ rule: String) {
        #expect(Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// Physiology without a disease, a prescription not needed, everyday things given up, a
    /// probiotic's count, and a "negative" that is no sign.
    @Test(arguments: [
        ("Caffeine blocks adenosine receptors so you feel alert.", "implied-target-mechanism"),
        (
            "Vitamin E helps protect cells from oxidative damage linked to ageing.",
            "implied-target-mechanism"
        ),
        ("Protein helps repair muscle cells after a hard workout.", "implied-target-mechanism"),
        ("No prescription needed: the capsules ship in two days.", "testimonial-care-given-up"),
        (
            "Since the new pillow I no longer need a second blanket.",
            "testimonial-care-given-up"
        ),
        (
            "You do not have to be a doctor to notice the glow after a week of the serum.",
            "testimonial-care-given-up"
        ),
        (
            "Each capsule carries more live bacteria than we could ever count.",
            "implied-lab-uncountable"
        ),
        ("The reviews were too many to count after the launch.", "implied-lab-uncountable"),
        (
            "My T-score was negative 0.5 at the last scan, and I take the calcium chews to "
                + "keep it there.", "abnormal-lab-value"
        ),
    ])
    func silent(_ text: String, _ rule: String) {
        #expect(!Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// A T-score said in words reads as the number with its sign.
    @Test func spelledSign() {
        let text = Array("T-score of minus 2.9 and Negative 1.0, not minus2".unicodeScalars)
        #expect(LabValueTable.spelledSign(before: 17, in: text))
        #expect(LabValueTable.spelledSign(before: 34, in: text))
        #expect(!LabValueTable.spelledSign(before: 11, in: text))
        #expect(!LabValueTable.spelledSign(before: 48, in: text))
    }

    /// The messages name the reading.
    @Test func messages() {
        let message = Fixtures.message
        #expect(
            message(
                "Our kudzu drops block the same brain receptors as cocaine.",
                "implied-target-mechanism")
                == "disease claim: 'block the same brain receptors' says what the product does to "
                + "a cell, receptor, enzyme or antibody in a sentence about a disease, a germ or a "
                + "drug of abuse (a mechanism standing for a cure)")
        #expect(
            message(
                "Since the sea buckthorn oil, Grandma skips the phototherapy sessions at the "
                    + "dermatology clinic.", "testimonial-care-given-up")
                == "disease claim: the testimonial 'skips the phototherapy' tells of medical care "
                + "no longer needed beside the product (the care stands for the disease it treats)")
        #expect(
            message(
                "His stool sample showed worm eggs too numerous to count. Two weeks on the "
                    + "pumpkin seed powder and the vet found none.", "implied-lab-uncountable")
                == "disease claim: 'worm eggs too numerous to count' reports a lab count past "
                + "counting (far outside its range, standing for the disease it is a sign of)")
    }
}
