import EvidentModel
import Testing

@testable import EvidentCheck

/// A function, process or state of a body or a mind (`@eu-body-function`, eu-body-functions.yaml,
/// derived from MeSH and WordNet by `.ci/derive-body-functions`) is an aspect of health a claim
/// about a food may name (Reg 1924/2006 Art 2(2)(5)) when it is a person's: a word of
/// `@function-holder` just before it ("your", "my", "her"). Named with no person, the same
/// words are a thing's or a room's.
@Suite struct RegisterBodyFunctionTests {
    /// The rules of the EU register that fire (errors and the wording warning).
    private static func register(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .eu).filter {
            $0.category == .unauthorisedHealthClaim
        }.map(\.rule)
    }

    private static func errors(_ text: String, market: Market = .eu) -> [String] {
        Fixtures.check(text + "\n", market: market).filter { $0.severity == .error }.map(\.rule)
    }

    @Test func theDerivedClassHoldsMeSHFunctionsByRule() throws {
        let functions = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-body-function"))
        // Physiology (G), mental processes (F02.463), hormones (D06.472), body fluids (A12),
        // British spellings beside MeSH's.
        for name in [
            "ovulation", "postural balance", "grip strength", "dreams", "growth hormone",
            "saliva", "oestradiol", "estradiol", "testosterone",
        ] {
            #expect(functions.contains(Tokenizer.terms(name)), "\(name)")
        }
        // Motivation's aims, the auxiliary "will", a food (G07.203) and words whose commonest
        // sense is an act ("exercise", "running") are left out.
        for word in ["goals", "will", "milk", "exercise", "running"] {
            #expect(!functions.contains(Tokenizer.terms(word)), "\(word)")
        }
    }

    /// Rule B8: a name's synonym in the sense WordNet files under medicine is the function too
    /// ("immunity, resistance"); the holder tells the sense, so "your resistance" after an
    /// unlisted food is a health claim and a thing's resistance is none.
    @Test func aMedicalSynonymOfAFunctionIsTheFunction() {
        let functions = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-body-function"))
        #expect(functions.contains(Tokenizer.terms("resistance")))
        #expect(!functions.contains(Tokenizer.terms("development")))
        #expect(
            Self.register("Our cloudberry jam shores up your resistance in the dark months.")
                .contains("unauthorised-health-claim"))
        #expect(Self.errors("The oak worktop oil raises the wood's resistance to water.").isEmpty)
    }

    /// Rule B9: the immune system is what protects a body, so a person's protection or
    /// protector (nouns WordNet derives from protect#v1 and its troponyms, as an act, a person
    /// or a group) is that system in lay words: after an unlisted food it is a health claim;
    /// a thing's protection is none, and an artifact ("screen", "wall") is no body's protector.
    @Test func aPersonsProtectionIsTheImmuneFunction() {
        let functions = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-body-function"))
        for word in ["defence", "protection", "guardian", "bodyguard", "safeguard"] {
            #expect(functions.contains(Tokenizer.terms(word)), "\(word)")
        }
        for word in ["screen", "wall", "cover", "saving", "shield", "masking"] {
            #expect(!functions.contains(Tokenizer.terms(word)), "\(word)")
        }
        for text in [
            "Our leek broth keeps your defences in fighting form all winter.",
            "Nettle broth, a daily guardian for your whole family's protection.",
            "The blackcurrant cordial puts your inner bodyguards on night shift.",
        ] {
            #expect(Self.register(text).contains("unauthorised-health-claim"), "\(text)")
        }
        #expect(Self.errors("The zinc-plated hinge gives the gate protection from rain.").isEmpty)
    }

    @Test func aPersonsBodyFunctionMakesASubstanceClaim() {
        for text in [
            "Valerian drops keep your dreams calm and your nights long.",
            "Ginseng sharpens your hearing for the concert season.",
            "Zinc lozenges keep her ovulation regular.",
            "Rhodiola tea for your grip strength on the wall.",
        ] {
            #expect(Self.register(text).contains("unauthorised-health-claim"), "\(text)")
        }
    }

    @Test func aFunctionWordWithNoPersonIsNoClaim() {
        // The same words written of a thing, a room or a market, with a substance beside them.
        for text in [
            "The zinc-plated cabinet keeps its balance on uneven floors.",
            "Copper wind chimes turn the porch into a place of dreams.",
            "Magnesium anodes bring the boiler's growth of scale to a halt.",
        ] {
            #expect(Self.errors(text).isEmpty, "\(text)")
        }
    }

    @Test func aFoodActingOnAPersonsFunctionIsAClaimWithoutASubstanceName() {
        // No substance the catalog knows: a food or product form as subject
        // (`eatenActsOnTheBody`) and a function of the reader's.
        #expect(
            Self.register("Blackthorn syrup keeps your dreams sweet on the trail.").contains(
                "unauthorised-health-claim"))
        #expect(Self.errors("Blackthorn syrup: the stuff of dreams for any pudding.").isEmpty)
    }
}
