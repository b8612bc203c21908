import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 24: the act promised back read across sentences and carriers. The impairment is said
/// first (an opening question, a headline, a "For anyone who ..." line, an "if" clause) and the
/// promise follows with the product, "it", "this" or the reader as subject and often no act
/// named (`implied-act-back-across`); a function of the body restored or returned to normal
/// (`implied-function-restored`); what a sense perceives given back to its bearer
/// (`implied-act-back`, `@percept-noun`); the doubled-consonant forms of the acts ("trotting").
/// Sentences written for this test (none from an evaluation set), and beside them the everyday
/// losses no illness causes and the structure/function wording.
struct ActAcrossReadingTests {
    static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    /// Expects `rule` among the copy's errors (`nil`: no error at all).
    static func expect(
        _ rule: String?, on copy: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let rules = errors(copy).map(\.rule)
        let met = rule.map { rules.contains($0) } ?? rules.isEmpty
        #expect(met, "\(copy): \(rules)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        // the impairment in an opening question, the promise next with no act named
        "Has your sense of smell gone since the winter? These drops bring it back.",
        "Lost your sense of taste after the flu? One lozenge a day brings it back.",
        "Has the dizziness taken over your days? This gives you your life back.",
        "Is your hearing not what it was? These drops bring it back.",
        "Has every sound gone quiet for you? These drops bring it back.",
        // with the act named, any subject
        "Can't feel the floor under your feet any more? You'll walk barefoot on the sand.",
        "Has your old cat stopped hearing the tin opener? Felaura has her turning at the first click again.",
        // a headline or a "For anyone who ..." line
        "For anyone who loses words halfway through a sentence. Verbana brings them back.",
        // a part of the body making a sound (rule R14), then the act again
        "Knees that creak on every stair? Flexara has you climbing them two at a time again.",
        "Lost your sense of taste? With Gustora it comes back in days.",
        // the promise first, the impairment in the next sentence
        "Get your life back. Years of dizziness, over in a month.",
        // what an illness took, then a life or a self given back
        "Give your father his independence back after the illness that took his hearing.",
        // a life taken by an aid the body leans on or by the toilet
        "Get your life back from the walking frame with Mobiflex.",
    ])
    func readsAcross(copy: String) {
        Self.expect("implied-act-back-across", on: copy)
    }

    /// The finding is on the promise, in the sentence that makes it.
    @Test func findingOnThePromise() throws {
        let copy = "Has the dizziness taken over your days? This gives you your life back."
        let finding = try #require(
            Self.errors(copy).first { $0.rule == "implied-act-back-across" })
        #expect(finding.text == "your life back")
        #expect(
            finding.message
                == "disease claim: 'your life back' promises back what the copy says the body cannot do now (implying a disease took it)"
        )
    }

    @Test(arguments: [
        "Lost your keys again? This smart tag rings them from your phone.",
        "Can't hear yourself think at home? These headphones give you your quiet back.",
        "If your bread won't rise, this yeast gets it rising again by morning.",
        "Lost your signal in the countryside? This booster gives you full bars again.",
        "Feel like yourself again after the move: our decluttering service unpacks every box.",
        "Version 3.2 fixes the battery drain that crippled older tablets.",
        "Is your golf swing not what it was? Our coaching brings it back.",
        "Doors that creak on every hinge? Our oil has them swinging silently again.",
        "Struggling to sleep? You'll drift off faster with our chamomile tea.",
        "You'll hear the band play Scarlet Fever Blues at the festival on Saturday.",
        "Get your life back from the kitchen with our ready meals.",
    ])
    func leavesEverydayLossesAlone(copy: String) {
        Self.expect(nil, on: copy)
    }

    @Test(arguments: [
        "Podanyl returns normal feeling to the soles of your feet.",
        "Vesanor restores normal bladder emptying, so one trip at night is enough.",
        "Your wife's appetite back to normal in a week on the bitters.",
    ])
    func readsRestoredToNormal(copy: String) {
        Self.expect("implied-function-restored", on: copy)
    }

    @Test(arguments: [
        "Supports normal digestion after a heavy meal.",
        "Helps maintain normal bladder function as you age.",
        "Wi-fi dropping out upstairs? This extender restores normal speeds in every room.",
    ])
    func leavesStructureFunctionAlone(copy: String) {
        Self.expect(nil, on: copy)
    }

    /// What a sense perceives, given back to its bearer, is the sense given back; the same
    /// percept brought by a thing that gives it off is not.
    @Test func perceptGivenBack() {
        Self.expect("implied-act-back", on: "Nasolia gives you back the scent of the roses.")
        Self.expect(nil, on: "Bring back the smell of fresh bread with our candle.")
    }

    /// Rules R12 (what a sense perceives), R13 (doubled-consonant forms) and R14 (making a
    /// sound) of `.ci/implied/derive-anatomy.py`.
    @Test func derivedClasses() {
        let percepts = Set(Fixtures.book.lexicon.phrases(ofClass: "percept-noun"))
        let senses = ["smell", "taste", "scent", "ticking"]
        #expect(percepts.isSuperset(of: Set(senses.map(Tokenizer.terms))))
        #expect(percepts.isDisjoint(with: Set(["song", "print", "candle"].map(Tokenizer.terms))))
        let sounds = Set(Fixtures.book.lexicon.phrases(ofClass: "sound-verb"))
        #expect(sounds.isSuperset(of: Set(["ring", "creak", "rattle"].map(Tokenizer.terms))))
        #expect(sounds.isDisjoint(with: Set(["walk", "hear"].map(Tokenizer.terms))))
        let acts = Set(Fixtures.book.lexicon.phrases(ofClass: "promise-verb"))
        #expect(acts.isSuperset(of: Set(["trot", "trotting", "swimming"].map(Tokenizer.terms))))
    }

    @Test func trottingAgain() {
        Self.expect("implied-act-again", on: "Your old pony will be trotting up the lane again.")
    }
}
