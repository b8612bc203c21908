import EvidentCheck
import EvidentModel
import Testing

/// A sentence that names a substance is an EU health claim only when it names an aspect of
/// health (Reg 1924/2006 Art 2(2)(5)): a word of the register's health relationships or
/// authorised wordings, a `@health-target`, or a word naming the body, a part of it or a body
/// function (`@eu-health-aspect`). A metal, a mineral deposit or a fruit tree named beside a
/// verb such as "keeps" or "protects" makes no claim about health.
@Suite struct RegisterHealthAspectTests {
    private static func errors(_ text: String, market: Market = .eu) -> [String] {
        Fixtures.check(text + "\n", market: market).filter { $0.severity == .error }.map(\.rule)
    }

    /// The rules of the EU register that fire (errors and the wording warning).
    private static func register(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .eu).filter {
            $0.category == .unauthorisedHealthClaim
        }.map(\.rule)
    }

    /// A word the register writes mostly as the first piece of a hyphenated compound ("post" of
    /// "post-menopausal", "photo" of "photo-oxidative") is the compound's prefix, no aspect of its
    /// own: "a forum post" or "the photo" beside a substance acting on a thing names none.
    @Test func aPrefixOfTheRegistersCompoundsIsNoAspect() {
        for text in [
            "Forum post: chlorine keeps the pool water clear all summer.",
            "Photo: the zinc flashing keeps rain off the porch roof.",
        ] {
            #expect(Self.errors(text, market: .all).isEmpty, "\(text)")
        }
        #expect(!Self.errors("Our zinc gummies support post-workout recovery.").isEmpty)
    }

    /// A word used mostly as a verb after a part of the body a person holds is what the part
    /// does ("your knees stay supple", "your muscles work"), not a thing the part's word is a
    /// kind of ("stays", "works"): the claim stands.
    @Test func aVerbAfterAPersonsPartIsWhatThePartDoes() {
        for text in [
            "Glucosamine helps your knees stay supple.",
            "Chondroitin keeps your joints working smoothly.",
        ] {
            #expect(!Self.register(text).isEmpty, "\(text)")
        }
    }

    @Test func aSubstanceBesideAVerbWithNoHealthAspectIsNoClaim() {
        for text in [
            "A zinc roof keeps the garden shed standing for decades.",
            "The iron gate protects the yard from foxes.",
            "Magnesium wheels help the car stay light.",
            "Scrub the copper kettle with lemon to keep it shiny.",
        ] {
            #expect(Self.errors(text).isEmpty, "\(text)")
            #expect(Self.errors(text, market: .all).isEmpty, "\(text)")
        }
    }

    @Test func aHealthAspectMakesItAClaimAgain() {
        // An aspect of the register's relationships ("transit"), a body part ("throat"), the
        // body or mind, and a `@health-target` ("joints").
        for text in [
            "Zinc helps intestinal transit.",
            "Honey is soothing for the throat.",
            "Ginseng supports body and mind.",
            "Glucosamine keeps your joints supple.",
        ] {
            #expect(!Self.register(text).isEmpty, "\(text)")
        }
    }

    @Test func theSubstancesOwnNameIsNoHealthAspect() {
        // "calcium" is a `@health-target` too; the sentence names no other.
        #expect(Self.errors("Calcium flakes off the shower glass with a little vinegar.").isEmpty)
        #expect(Self.register("Calcium keeps your bones strong.") == ["eu-health-claim-wording"])
    }

    @Test func anAuthorisedWordingsSubjectNamesNoHealthAspect() {
        // The words before an authorised wording's claim verb name the food ("Replacing
        // sugar-containing, acidic drinks, such as soft drinks (typically 8-12 g sugars/100 ml),
        // with reformulated drinks contributes to …"), and a noun of persons says for whom
        // ("… of bone in children"): a label line giving a substance, its form and its amount
        // claims nothing, though "drops" is also a verb.
        for text in ["Zinc drops, 20 ml.", "Children's zinc drops."] {
            #expect(Self.register(text).isEmpty, "\(text)")
            #expect(Self.errors(text, market: .all).isEmpty, "\(text)")
        }
    }

    @Test func aPartOfTheBodyMeSHNamesIsAHealthAspect() {
        // MeSH's anatomy (`@mesh-anatomy`) names the parts the lexicon's lists lack
        // ("intestine", "tendons"), after any verb of an effect or "for"; "healthier" is
        // "healthy" compared.
        for text in [
            "Inulin feeds the good bacteria for a healthier intestine.",
            "Collagen peptides for stronger tendons.",
        ] {
            #expect(!Self.register(text).isEmpty, "\(text)")
        }
    }

    @Test func theVerbOfARegisterNounNamesItsAspect() {
        // "concentrate" is the verb of the register's "concentration"; "teenagers" names no
        // aspect. A verb of an effect names none, however the register writes its noun
        // ("clear": "clearance").
        #expect(!Self.register("Fish oil helps teenagers concentrate in class.").isEmpty)
        #expect(Self.errors("Chlorine keeps the paddling pool water clear.", market: .all).isEmpty)
    }
}
