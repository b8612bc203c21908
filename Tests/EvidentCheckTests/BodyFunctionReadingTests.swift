import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 19's reading of the body's own functions restored (`implied-function-restored`):
/// a function MeSH names a physiological phenomenon, in WordNet's words (`@body-function`:
/// implied-anatomy.yaml, rules B1-B3 of `.ci/implied/derive-anatomy.py`), said to work again,
/// as it used to or as a healthy body's does, or to come back; a bodily act that came several
/// times a night, or a hurry to the toilet (`@toilet-room`, `@hurry-verb`: rules B4, B5), said to be
/// over; a function the body keeps up asleep said to stop. Sentences written for this test (none
/// from an evaluation set), with the sporting, household and lawful copy beside each form.
struct BodyFunctionReadingTests {
    static let rules = StoryAcrossReadingTests.rules

    /// The derived classes: MeSH's functions in WordNet's words, less the pastimes MeSH files
    /// under Human Activities and the verbs whose word is first a thing of another kind ("chew"
    /// a pet's treat, "drink" a glass of something, "sense" a meaning); the rooms and fixtures of
    /// the toilet less the words first of another kind; the verbs of hurrying.
    @Test func derivedClasses() {
        func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }
        let functions = Set(Fixtures.book.lexicon.phrases(ofClass: "body-function"))
        #expect(
            functions.isSuperset(
                of: stems([
                    "urination", "pee", "pass water", "defecate", "bowel movement", "appetite",
                    "digestion", "breathe", "hear", "smell", "taste", "memory", "libido",
                    "orgasm", "menstruation", "ovulate", "sweat", "salivate",
                ])))
        #expect(
            functions.isDisjoint(
                with: stems([
                    "chew", "drink", "sense", "scent", "running", "swimming", "jogging", "marathon",
                    "walking", "pain", "exercise",
                ])))
        let rooms = Set(Fixtures.book.lexicon.phrases(ofClass: "toilet-room"))
        #expect(rooms.isSuperset(of: stems(["toilet", "bathroom", "loo", "lavatory", "urinal"])))
        #expect(rooms.isDisjoint(with: stems(["can", "pot", "throne", "stool"])))
        let hurry = Set(Fixtures.book.lexicon.phrases(ofClass: "hurry-verb"))
        #expect(hurry.isSuperset(of: stems(["run", "ran", "dash", "rush", "hurry", "race"])))
        let devices = Set(Fixtures.book.lexicon.phrases(ofClass: "device-noun"))
        #expect(devices.isSuperset(of: stems(["laptop", "computer", "phone", "camera", "radio"])))
        #expect(
            devices.isDisjoint(with: stems(["bottle", "jar", "capsule", "hearing aid", "heart"])))
    }

    /// A machine's memory or hearing is its own (rule B6): neither the function reading nor the
    /// broader reading of a lost function brought back reads it; a person's still is.
    @Test func aMachinesFunctionIsItsOwn() {
        for copy in [
            "My laptop's memory is back to normal since the clean-up.",
            "The camera's memory is back to normal since we cleared the card.",
        ] {
            let fired = Self.rules(copy)
            #expect(!fired.contains("function-restoration-claim"), "\(copy): \(fired)")
            #expect(!fired.contains("implied-function-restored"), "\(copy): \(fired)")
        }
        let copy = "Since the lion's mane capsules my memory is back to normal."
        #expect(!Self.rules(copy).isEmpty, "\(copy)")
    }

    /// Each form on copy that makes the claim.
    @Test(arguments: [
        "Since the pumpkin seed capsules I pee like a normal person again.",
        "Two weeks of the bitters and Mum's appetite came back.",
        "The fennel drops bring your appetite back after the treatment.",
        "For the first time in two years I ovulate on my own, since the myo-inositol powder.",
        "Two weeks of the pumpkin powder and our cat can pass water again.",
        "No more getting up four times a night to pee, with our prostate blend.",
        "No more rushing to the toilet after every meal, thanks to the peppermint capsules.",
        "Sleep through without getting up to use the bathroom, with our bladder capsules.",
        "Our drops stop the pauses in breathing in your sleep.",
    ])
    func reads(copy: String) {
        let fired = Self.rules(copy)
        #expect(fired.contains("implied-function-restored"), "\(copy): \(fired)")
    }

    /// An everyday action of the body done again without the body's own help or halt
    /// (`implied-action-unhindered`), and done again without a thing, which is no body's help.
    @Test func actionUnhindered() {
        for copy in [
            "Since the turmeric drops I pull my boots on again without leaning on the door.",
            "Carry your shopping up from the car again without resting, with our hawthorn tincture.",
        ] {
            let fired = Self.rules(copy)
            #expect(fired.contains("implied-action-unhindered"), "\(copy): \(fired)")
        }
        for copy in [
            "Hug your grandchildren again without a mask, now the ward has reopened.",
            "Sleep in again without the kids waking you, with our blackout blinds.",
            "Wear your favourite jeans again without a muffin top, with our slimming tea.",
            "Run the hills again without stopping, with our electrolyte tabs.",
        ] {
            let fired = Self.rules(copy)
            #expect(!fired.contains("implied-action-unhindered"), "\(copy): \(fired)")
        }
    }

    /// A pastime done again, a household or a device's function, a cosmetic's hurry to the
    /// mirror, a function kept up by a breathing exercise, a sound in the house gone, a lawful
    /// wording: none is a function of the body brought back.
    @Test(arguments: [
        "I can run the hills again since the electrolyte tabs.",
        "Swimming again after the winter, and the protein bars keep me going.",
        "My legs feel fresh again the day after a long ride with the tart cherry concentrate.",
        "Our new app lets you hear your favourite podcasts again offline.",
        "The laptop's memory is back to normal after our cleaner app.",
        "No more running to the bathroom to check your make-up, thanks to our setting spray.",
        "Hold each pose and never stop breathing while you stretch.",
        "No more hearing the neighbours through the wall, thanks to our acoustic panels.",
        "Supports normal bladder function throughout the day.",
        "Our dog chews keep him busy again after his walk.",
        // a function described as normal, or a routine back after a holiday
        "Our fibre blend keeps your digestion working like clockwork.",
        "Get your digestion back on track after the festive season with our ginger tea.",
    ])
    func leavesAlone(copy: String) {
        let fired = Self.rules(copy)
        #expect(!fired.contains("implied-function-restored"), "\(copy): \(fired)")
    }
}
