import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// Rule L9 (`.ci/vocab/derive-complaints.py`, `TaggedSentence+CompositionalConditions.swift`):
/// a part of the body (or an adjective of one) and a word for what goes wrong with it, as the
/// condition vocabularies name diseases ("kidney failure", "narrowing of the aorta"), name a
/// disease though no vocabulary lists the pair; rule L10: so do an animal's kind or part and
/// a head of the vocabulary's animal diseases ("tail rot" as "foot rot"). Rule F11 (`.ci/vocab/derive.py`): an eponym
/// written with a surname's particle ("de Quervain Disease") is kept alone too.
struct CompositionalConditionTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule).sorted()
    }

    @Test(arguments: [
        // A part right before the head; a part of two words; an adjective of a part.
        "Our pup's hip joint degeneration healed on the green-lipped mussel.",
        "Mum's carotid narrowing was gone after six months of nattokinase.",
        "My dad's bone thinning improved on the K2 drops.",
        "Ideal for senior cats with kidney insufficiency.",
        // The head, "of", a determiner or possessive, the part.
        "Helps with narrowing of the arteries.",
        "Thinning of your bones stops on our calcium.",
        // Rule F11: an eponym with a surname's particle, written with the possessive.
        "Living with de Quervain's? Our wrist oil helps.",
    ])
    func compositionalNameIsADisease(_ copy: String) {
        #expect(Self.errors(copy).contains("disease-claim"), "\(copy)")
    }

    @Test(arguments: [
        // A part a cosmetic acts on (21 CFR 700): its damage is a cosmetic's to repair.
        "Repairs hair damage from bleaching and heat styling.",
        "Protects against skin damage from a day in the sun.",
        // An increase is no head: a part made bigger is a cosmetic's or training's promise.
        "Builds muscle size with every set.",
        // A part and a head before a thing they describe (a garment's compression).
        "Our leg compression sleeves speed up recovery after a long run.",
        "Knee compression wraps for heavy squats.",
        // A normal function, and a head after a thing.
        "Supports normal kidney function in senior cats.",
        "The engine failure stranded us on the motorway.",
        "Our stock picks ride out any market failure.",
    ])
    func ordinaryPhraseIsNone(_ copy: String) {
        #expect(!Self.errors(copy).contains("disease-claim"), "\(copy)")
    }

    /// Rule L10: a kind or a part of an animal and a head the vocabulary's animal diseases
    /// place after two of them ("foot rot", "fowl pox"), in a sentence naming an animal.
    @Test(arguments: [
        "Our neem soak clears beak rot in budgies.",
        "Scale rot spreads no further on your angelfish once our drops go in.",
        "Pigeon pox scabs on your racing birds heal under our propolis balm.",
    ])
    func animalsPartAndHeadIsADisease(_ copy: String) {
        #expect(Self.errors(copy).contains("disease-claim"), "\(copy)")
    }

    @Test(arguments: [
        // No animal named: the rot is a fence's, a plant's, or a figure of speech.
        "Our wood hardener stops wet rot in window frames.",
        "Our copper spray stops root rot in tomatoes.",
        "This app ends brain rot from endless scrolling.",
    ])
    func rotWithNoAnimalIsNone(_ copy: String) {
        #expect(!Self.errors(copy).contains("disease-claim"), "\(copy)")
    }

    /// The derived classes hold the lay heads the vocabularies place on parts of the body and
    /// leave out a measure, an increase and a thing; the file is what the script derives.
    @Test func derivedHeadsAreChangesForTheWorse() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(
            contentsOf: root.appendingPathComponent(
                "Sources/EvidentCheck/RulePacks/complaints.yaml"), encoding: .utf8)
        func words(of name: String) throws -> Set<String> {
            let start = try #require(text.range(of: "  \(name): ["))
            let end = try #require(text[start.upperBound...].range(of: "]"))
            return Set(
                text[start.upperBound..<end.lowerBound].split(whereSeparator: {
                    $0 == "," || $0.isWhitespace
                }).map(String.init))
        }
        let heads = try words(of: "condition-process-head")
        for head in ["narrowing", "thinning", "degeneration", "failure", "damage"] {
            #expect(heads.contains(head), "\(head)")
        }
        for word in ["mass", "enlargement", "compression", "deposit", "function", "pregnancy"] {
            #expect(!heads.contains(word), "\(word)")
        }
        let animalHeads = try words(of: "animal-condition-head")
        #expect(animalHeads.contains("rot") && animalHeads.contains("pox"))
        #expect(!animalHeads.contains("injury") && !animalHeads.contains("disease"))
        let adjectives = try words(of: "condition-part-adjective")
        #expect(adjectives.contains("carotid") && adjectives.contains("renal"))
        guard let run = try Fixtures.regenerationCheck(".ci/vocab/derive-complaints.py")
        else { return }
        #expect(run.status == 0, "\(run.errors)")
    }
}
