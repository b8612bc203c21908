import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Rule L: a part of the body and a word for what is wrong with it, in one noun phrase or
/// clause, name a symptom though no vocabulary term does; the words come from the sources
/// (`.ci/vocab/derive-complaints.py`), not from these sentences.
struct LocatedComplaintTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// A complaint placed on a part of the body by a preposition (also on a region of it, or
    /// an animal's part after a possessive), a complaint adjective before a finding so
    /// placed, and a possessed part with a complaint verb.
    @Test(arguments: [
        "Our salve clears the swelling above your horse's knees.",
        "Our spray ends the stinging inside your mouth.",
        "Our balm settles painful cracks along the edge of your nostrils.",
        "Our capsules end the congested sinuses behind your cheekbones.",
        "Our liniment eases the aching in your horse's hocks.",
        // A word before the possessive belongs to the possessor.
        "Our balm eases the swelling in your old cat's hips.",
        // Two modifiers of the part joined by a comma alone, as by "and".
        "Our salve eases the swelling in your old, tired knees.",
    ])
    func locatedComplaintIsASymptom(_ text: String) {
        #expect(Self.errors(text).contains("symptom-claim"), "\(Self.errors(text))")
    }

    /// Rule L2b (an adjective WordNet derives from a complaint noun) after a modal and a verb
    /// of becoming, and rule L6 (a part of the body that gives way or locks, with no object
    /// after it; "back" a part of the body after a possessive): a complaint beside the product.
    @Test(arguments: [
        "For nights when your toes would go numb, our foot cream brings the warmth back.",
        "Take two capsules when your elbows lock up on long drives.",
        "My hips kept giving out on me before I found these capsules.",
        "Our capsules are for the days your back gives out.",
    ])
    func partThatGivesWayIsAComplaint(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// Rule L10 (session 33): a complaint adjective first of describing words coordinated
    /// before the part, after a comma, "and" or "or" (a hyphenated word read by its last
    /// piece); rule L2c: an adjective of a germ's cause before a part names its infection.
    @Test(arguments: [
        "Our chamomile drops end the painful, rock-hard tummy after supper.",
        "No more painful and puffy knuckles with our turmeric balm.",
        "Our tea tree gel clears up a fungal toenail in days.",
    ])
    func coordinatedOrCausedComplaintIsASymptom(_ text: String) {
        #expect(Self.errors(text).contains("symptom-claim"), "\(Self.errors(text))")
    }

    /// Rule L10 reads only a describing word after the comma: a determiner, a clause or a
    /// non-describing noun there starts something else, and an ordinary adjective first
    /// ("tired, heavy legs") is no complaint.
    @Test(arguments: [
        "Our insoles suit tired, heavy legs after a long shift.",
        "The cushion is painful, and the cover is scratchy.",
    ])
    func coordinationWithoutAComplaintIsNoSymptom(_ text: String) {
        #expect(!Self.errors(text).contains("symptom-claim"), "\(Self.errors(text))")
    }

    /// A colour or a cosmetic state (WordNet's commonest sense is not bodily: "redness"
    /// is also a colour), a part of the body with no complaint, a sensation the sources do
    /// not head a symptom term with, a negated complaint, and soreness after exercise (a
    /// natural state, 21 CFR 101.93(g)(2)(iii)).
    @Test(arguments: [
        "Our concealer covers the redness around your nose for a flawless finish.",
        "Takes the edge off aching legs the day after a long run.",
        "Our mints leave a tingling feeling on your tongue.",
        "Our lip balm keeps your lips soft and smooth.",
        "Our boots keep your toes warm and dry.",
        "The smart watch on your wrist tracks every step.",
        // Rule L6: a verb with an object after it is no part giving way ("break down" fat is
        // digestion).
        "Digestive enzymes help your stomach break down fat and protein.",
        "Your hands lock the buckle in one click.",
    ])
    func otherWordsAreNoSymptom(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// Rule L7: a thing the vocabularies find in a part of the body (a lump, a growth, a
    /// stone, a bump), whose commonest sense is not bodily, placed in, on or under a part of
    /// the body by a preposition of place, or drawn "out of" one.
    @Test(arguments: [
        "Our tincture shrinks the lump under your jaw.",
        "This poultice dissolves the growth on your horse's fetlock.",
        "Our herbal tea breaks up the stones in your gall bladder.",
        "Clears the rough bumps on the back of your arms.",
        "Our lemon rinse flushes the stones out of your salivary glands.",
    ])
    func thingInAPartIsAComplaint(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// Rule L7 reads a place, not "of" ("the growth of your nails"); a part before another
    /// noun is its modifier ("a growth in muscle mass"); a word whose commonest sense is a
    /// doing ("the strain on your back") or that also names a colour is left out; a thing
    /// placed in no part of the body is no complaint, nor one in a sentence about looks
    /// (`@appearance-only`: a cosmetic's).
    @Test(arguments: [
        "Biotin supports the normal growth of your nails.",
        "Protein supports a growth in muscle mass after training.",
        "Stretching eases the strain on your lower back after gardening.",
        "She keeps a smooth river stone in her coat pocket.",
        "Our cooling eye gel reduces the look of puffiness under the eyes.",
    ])
    func thingOutsideAPartIsNoComplaint(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// The derived classes: heads the sources use for symptoms, pruned by WordNet's
    /// commonest sense; parts of the body by WordNet's "body part".
    @Test func classesAreDerived() {
        func members(_ name: String) -> Set<[String]> {
            Set(Fixtures.book.lexicon.phrases(ofClass: name))
        }
        func stems(_ words: [String]) -> Set<[String]> { Set(words.map(Tokenizer.terms)) }
        let nouns = members("complaint-noun")
        #expect(nouns.count > 200)
        #expect(nouns.isSuperset(of: stems(["swelling", "itching", "ache", "bleeding"])))
        #expect(nouns.isDisjoint(with: stems(["redness", "part", "loss", "size", "pressure"])))
        let adjectives = members("complaint-adjective")
        #expect(adjectives.isSuperset(of: stems(["swollen", "itchy", "inflamed"])))
        #expect(adjectives.isDisjoint(with: stems(["red", "dry", "cold", "small", "sore"])))
        #expect(adjectives.isSuperset(of: stems(["numb", "dizzy", "achy"])))
        let partVerbs = members("complaint-part-verb")
        #expect(partVerbs.isSuperset(of: stems(["give out", "give way", "buckled", "collapse"])))
        #expect(partVerbs.isDisjoint(with: stems(["go", "die", "sink", "break"])))
        let locations = members("complaint-location")
        #expect(locations.isSuperset(of: stems(["elbow", "scalp", "fetlock", "beak", "eardrum"])))
        #expect(!locations.contains(Tokenizer.terms("gums")))
        #expect(members("complaint-location-possessed").contains(Tokenizer.terms("gums")))
        let located = members("complaint-located-noun")
        #expect(located.isSuperset(of: stems(["lump", "growth", "stones", "bump", "wart"])))
        #expect(located.isDisjoint(with: stems(["strain", "redness", "effect", "attack"])))
        #expect(located.isDisjoint(with: nouns))
    }
}
