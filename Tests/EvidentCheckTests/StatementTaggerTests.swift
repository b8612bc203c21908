import EvidentModel
import Testing

@testable import EvidentCheck

/// What `evident new` proposes for a statement: a category from the cue patterns of
/// `Drafting/drafting.yaml`, an outcome from the condition vocabularies and lexicon classes,
/// subjects from the substance catalog and the knowledge base's own names.
struct StatementTaggerTests {
    static let tagger = Result { try StatementTagger.bundled() }

    @Test(arguments: [
        (
            "In 2012 the FDA approved the drug for very high triglycerides.",
            ClaimCategory.regulatory
        ),
        ("Fish oil is completely safe and has no side effects.", .safety),
        ("Your body can turn ALA into EPA and DHA.", .mechanism),
        ("Regular omega-3 supplements prevent dementia.", .efficacy),
        ("Oily fish are the richest food sources of EPA and DHA.", .composition),
        ("Omega-3s are a family of polyunsaturated fats.", .definition),
    ])
    func categoriesComeFromTheCuePatterns(_ statement: String, _ category: ClaimCategory) throws {
        let tagger = try Self.tagger.get()
        #expect(tagger.propose(statement).category == category, "\(tagger.matchingCues(statement))")
    }

    @Test func aDiseaseIsAClinicalOutcomeAndABiomarkerASurrogateOne() throws {
        let tagger = try Self.tagger.get()
        #expect(
            tagger.propose("Regular omega-3 supplements prevent dementia.").outcome
                == Outcome(name: "dementia", kind: .clinical))
        #expect(
            tagger.propose("Omega-3s also significantly lower blood pressure.").outcome?.kind
                == .surrogate)
        #expect(
            tagger.propose("Omega-3s are a family of polyunsaturated fats.").outcome
                == Outcome(name: "identity", kind: .none))
    }

    @Test func subjectsAreTheSubstancesNamedAndTheKnowledgeBasesOwnNames() throws {
        let tagger = try Self.tagger.get()
        let proposal = tagger.propose(
            "Menaquinone-7 and fish oil lower the risk.",
            knownSubjects: [(name: "MK-7", phrases: ["mk-7", "menaquinone-7"])])
        #expect(proposal.subjects == ["MK-7", "fish oil"])
    }
}
