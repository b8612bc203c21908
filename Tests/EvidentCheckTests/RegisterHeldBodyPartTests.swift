import EvidentModel
import Testing

@testable import EvidentCheck

/// A part or a product of a body (`@eu-held-body`: the words whose commonest sense is one,
/// `@body-noun`, derived from WordNet's noun.body) is an aspect of health a claim about a food
/// may name (Reg 1924/2006 Art 2(2)(5)) when a person or an animal holds it and the food acts
/// on it: "whittles your waist", "for a flatter belly". A part named as a place ("melts in your
/// mouth", "a smile on your face") is none.
@Suite struct RegisterHeldBodyPartTests {
    @Test func theClassIsTheBodyNouns() {
        let parts = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-held-body"))
        for word in ["waist", "belly", "bile", "eyebrow", "ponytail"] {
            #expect(parts.contains(Tokenizer.terms(word)), "\(word)")
        }
        // Words whose commonest sense is a thing's are left out.
        for word in ["coat", "scales", "shirt"] {
            #expect(!parts.contains(Tokenizer.terms(word)), "\(word)")
        }
        // Rule H2: an adverb or a word read mostly as a verb; rule H3: a stem another everyday
        // word shares ("shin" and "shine").
        for word in ["back", "come", "shin"] {
            #expect(!parts.contains(Tokenizer.terms(word)), "\(word)")
        }
        let motion = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-body-motion-verb"))
        for word in ["flow", "drain", "surge"] {
            #expect(motion.contains(Tokenizer.terms(word)), "\(word)")
        }
    }

    @Test func aPersonsPartOfTheBodyMakesAFoodClaim() {
        for text in [
            "Our fennel tea flattens your tummy before the beach.",
            "Nettle tea thickens her eyebrows in a month.",
            "Beetroot shots get your bile going after a heavy lunch.",
            "Fennel capsules for a flatter belly by June.",
        ] {
            #expect(Fixtures.registerRules(text).contains("unauthorised-health-claim"), "\(text)")
        }
    }

    /// A part of an animal a word has a commoner sense for ("coat", "fleece") is the animal's
    /// after its kind's possessive; "a dog coat" is a garment.
    @Test func anAnimalsPartAfterItsNameIsAnAspect() {
        #expect(
            Fixtures.registerRules("Salmon oil keeps your collie's coat glossy through the moult.")
                .contains("unauthorised-health-claim"))
        #expect(
            Fixtures.errorRules("Our waterproof dog coat keeps your spaniel dry on walks.").isEmpty)
    }

    /// The cell of a body and its matter (`@eu-held-cell`, rule H5 of `.ci/derive-held-body`:
    /// WordNet's cell of biology, its parts, the matter its parts make up) are held as a part is:
    /// "the DNA in your cells"; a prison cell is no one's, and an authorised wording of the
    /// protection of cells stays authorised.
    @Test func aPersonsCellsAndTheirMatterAreAnAspect() {
        let cells = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-held-cell"))
        for word in ["cells", "dna", "genes", "chromosomes"] {
            #expect(cells.contains(Tokenizer.terms(word)), "\(word)")
        }
        // A gene's lemma commoner in another sense.
        #expect(!cells.contains(Tokenizer.terms("factor")))
        for text in [
            "Our matcha latte shields the DNA in your cells.",
            "Blackcurrant cordial keeps your genes young.",
        ] {
            #expect(Fixtures.registerRules(text).contains("unauthorised-health-claim"), "\(text)")
        }
        for text in [
            "The prison cell in our castle museum is open to visitors.",
            "Vitamin E contributes to the protection of cells from oxidative stress.",
        ] {
            #expect(Fixtures.errorRules(text, market: .eu).isEmpty, "\(text)")
        }
    }

    /// The class is what the script derives (skipped where python3 or WordNet is missing).
    @Test func classesMatchRegeneration() throws {
        guard let run = try Fixtures.regenerationCheck(".ci/derive-held-body") else { return }
        #expect(run.status == 0, "\(run.errors)")
    }

    @Test func aPartNamedAsAPlaceIsNoAspect() {
        for text in [
            "The foil lid of our yoghurt peels back easily with your thumbnail.",
            "Sesame seeds stick between your fingertips as you roll the dough.",
            "Our ginger beer leaves a warm glow down in your belly.",
        ] {
            #expect(Fixtures.errorRules(text).isEmpty, "\(text)")
        }
    }
}

/// A food said to give looks from inside the body ("a glow from within") claims a relationship
/// between the food and health (`eu-looks-from-within`); an authorised wording of the looks
/// stays authorised and a time ("within a minute") is no source.
@Suite struct RegisterLooksFromWithinTests {
    private static func rules(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .eu).map(\.rule)
    }

    @Test func looksFromWithinAreAHealthClaim() {
        for text in [
            "Rosehip capsules: radiance from within, whatever the weather.",
            "Shine from the inside out, thanks to our flaxseed oil.",
        ] {
            #expect(Self.rules(text).contains("eu-looks-from-within"), "\(text)")
        }
    }

    @Test func anAuthorisedWordingAndATimeAreNone() {
        #expect(
            !Self.rules("Zinc contributes to the maintenance of normal hair.").contains(
                "eu-looks-from-within"))
        #expect(
            !Self.rules("The cocoa powder colours the batter within a minute.").contains(
                "eu-looks-from-within"))
    }
}
