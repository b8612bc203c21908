import EvidentModel
import Testing

@testable import EvidentCheck

/// Rule L8 of the sense gate (`TaggedSentence+Senses.swift`): a condition with an everyday
/// sense ("stroke", "shock", "concussion", "scours") names the condition where the sentence
/// places it in a living body — inside a part of the body, as what a part of the body is
/// protected from, or named by a clinician with a verb of naming — and keeps its everyday sense
/// beside a body that does not hold it. Sentences written for this test (none from an
/// evaluation set); each health sense has an everyday neighbour with the same word.
struct EmbodiedSenseTests {
    static func errors(_ text: String, market: Market = .us) -> [Finding] {
        Fixtures.check(text + "\n", market: market).filter { $0.severity == .error }
    }

    /// The condition is placed in a body, and the product acts on it: a disease claim.
    @Test(arguments: [
        // (1) inside a part of the body
        "A stroke in your retriever's spine? Ask about our turmeric paste.",
        "Heaves in an old pony's lungs is what our herbal linseed mix is for.",
        "Scours inside a calf's gut: our clay drench within the hour.",
        "Distemper in your puppy's lungs? Our immune tonic is made for it.",
        // (2) what a part of the body is protected from
        "Our fish-oil chew guards a footballer's brain from concussion damage.",
        "Our collagen shot shields your toddler's skull against concussion.",
        "Our omega oil protects the brain of young rugby players from concussion damage.",
        // (3) named by a clinician, with a verb of naming
        "The vet called it a stroke, and the CBD oil has her trotting again.",
        "Her neurologist diagnosed a tiny stroke, and our ginkgo blend cleared it.",
    ])
    func placedInABodyIsTheCondition(_ text: String) {
        #expect(
            Self.errors(text).contains { $0.category == .diseaseClaim },
            "\(Self.errors(text).map(\.rule))")
    }

    /// The same words beside a body that does not hold them: a look, a touch, a swimming
    /// stroke, a place's middle, a clinician who only watches.
    @Test(arguments: [
        "The shock in her eyes when she opened the present made the whole room laugh.",
        "A plague in the heart of the city: pigeons on every ledge.",
        "Long strokes on the cat's back and a brush behind her ears, every evening.",
        "The physio said my stroke was too short, so I lengthened my reach in the pool.",
        "The physio filmed my stroke in the pool and sent me the clip.",
        "Strokes in the pool should be long and smooth, with your elbows high.",
        "The swimmer's stroke rate dropped as her shoulders tired in the last length.",
        "The concussion from the quarry blast rattled the windows in the surgery.",
        "Our rubber boots protect your cows from shock on the electric fence.",
        "Our netting protects your hens from the plague of foxes this winter.",
    ])
    func everydaySenseBesideABodyIsNoClaim(_ text: String) {
        #expect(Self.errors(text, market: .all).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    /// The finding names the condition as written, with the rule's message.
    @Test func findingNamesTheCondition() throws {
        let finding = try #require(
            Self.errors("A stroke in your retriever's spine? Ask about our turmeric paste.")
                .first { $0.category == .diseaseClaim })
        #expect(finding.text == "stroke")
    }

    /// The derived class: the verbs of saying or judging what a thing is, with the irregular
    /// pasts WordNet lists, and no verb of watching or working on a thing.
    @Test func namingVerbs() {
        let verbs = Set(Fixtures.book.lexicon.phrases(ofClass: "naming-verb"))
        for word in ["said", "told", "thought", "called", "diagnosed", "suspected", "reckons"] {
            #expect(verbs.contains(Tokenizer.terms(word)), "\(word)")
        }
        for word in ["watched", "filmed", "treated", "examined"] {
            #expect(!verbs.contains(Tokenizer.terms(word)), "\(word)")
        }
    }

    /// The committed class is what `.ci/derive-senses` derives from WordNet (skipped where
    /// python3 or WordNet is missing).
    @Test func classesMatchRegeneration() throws {
        guard let run = try Fixtures.regenerationCheck(".ci/derive-senses") else { return }
        #expect(run.status == 0, "\(run.errors)")
    }
}
