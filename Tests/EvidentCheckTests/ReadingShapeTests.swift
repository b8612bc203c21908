import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 33's two broad readings of the implied lab kind: a clinical result's two readings
/// told by their shape (a type, a grade, a score out of its total, a flag's colour) moved beside
/// the product (rule L2, `implied-lab-reading-moved`, `@reading-moved`), and a procedure,
/// operation, test or look (`@wordnet-procedure`, rule P2 of `.ci/implied/derive-anatomy.py`) or
/// an appointment called off after the product (`testimonial-care-given-up`). Sentences written
/// for this test (none from an evaluation set).
struct ReadingShapeTests {
    static let rules = StoryAcrossReadingTests.rules

    @Test(arguments: [
        // a type by its letter, two calendar times
        "Her audiologist saw a type B trace in May and type A by August, after the ear drops.",
        // a grade by its number, told "this spring"
        "Grade 3 on the vet's murmur check last spring and grade 1 this spring, on the hawthorn chews.",
        // a score out of the same total, before and after
        "The physio scored her balance 38 out of 56 before and 51 out of 56 after the vestibular capsules.",
        // a flag's colour, off then in
        "Her creatinine was in the red in May; since the nettle tea it's in the green.",
    ])
    func readingMoved(copy: String) {
        let rules = Self.rules(copy)
        #expect(rules.contains("implied-lab-reading-moved"), "\(copy): \(rules)")
    }

    /// A grade of an exam, a pool's strip, a horse's body condition, no product, one reading.
    @Test(arguments: [
        "Grade 5 piano in May and grade 6 by December, after a year of lessons.",
        "The pool test strip showed red on Monday and green by Friday after the chlorine tablets.",
        "Our mare's body condition score went from 3 out of 9 to 5 out of 9 on the conditioning mix.",
        "Her audiologist saw a type B trace in May and type A by August.",
        "The clinic sorted her into type 2 in May; the capsules are on the shelf.",
        // a number last, after a total: read to the sentence's end
        "Rated 4 out of 5 by our customers; last year it was 3",
    ])
    func readingNotMoved(copy: String) {
        let rules = Self.rules(copy)
        #expect(!rules.contains("implied-lab-reading-moved"), "\(copy): \(rules)")
    }

    /// The message names the readings' shape and what they stand for.
    @Test func readingMessage() throws {
        let findings = Fixtures.check(
            "Her audiologist saw a type B trace in May and type A by August, after the ear drops.",
            market: .us)
        let finding = try #require(findings.first { $0.rule == "implied-lab-reading-moved" })
        #expect(
            finding.message.hasPrefix(
                "disease claim: 'type B trace in May and type A' tells a clinical result's two readings"
            ), "\(finding.message)")
        #expect(finding.message.hasSuffix("and stands for the disease it grades)"))
    }

    /// A lab measure's states told at two calendar times, a marker named by its abbreviation
    /// raised then normal, the product in the sentence after.
    @Test(arguments: [
        "His liver enzymes were high in March and normal in September, on the dandelion root capsules.",
        "Her NfL came back raised; a season of the omega capsules and the repeat is normal.",
        "Cholesterol high at the spring check and normal in the autumn. Red yeast rice, one a day.",
    ])
    func stateMoved(copy: String) {
        let rules = Self.rules(copy)
        #expect(rules.contains("implied-lab-measure-moved"), "\(copy): \(rules)")
    }

    /// A state kept, a measure of something no body has.
    @Test(arguments: [
        "Keeps cholesterol normal in winter and in summer, with the oat capsules.",
        "The BBC said pollen was high in May and normal in June; the capsules sold out.",
    ])
    func stateNotMoved(copy: String) {
        let rules = Self.rules(copy)
        #expect(!rules.contains("implied-lab-measure-moved"), "\(copy): \(rules)")
    }

    @Test(arguments: [
        // a look WordNet names, cancelled
        "Three months of the turmeric capsules and the knee MRI was cancelled.",
        // a test not needed after all
        "Six weeks into the slippery elm and no endoscopy after all.",
        // an appointment cancelled, the product in the sentence before
        "Olly took the elderberry syrup all winter. His tonsils appointment is cancelled.",
        // an operation struck off a list
        "The tonsillectomy was struck off after the throat-soothe spray.",
    ])
    func careCalledOff(copy: String) {
        let rules = Self.rules(copy)
        #expect(rules.contains("testimonial-care-given-up"), "\(copy): \(rules)")
    }

    /// Care called off for a cause the copy names, a home test sold, no product.
    @Test(arguments: [
        "Her MRI appointment was cancelled because of the strike, so she took the capsules home.",
        "No blood test needed: our home kit uses a cheek swab.",
        "The dentist appointment is cancelled; the surgery is shut for the bank holiday.",
    ])
    func careNotCalledOff(copy: String) {
        let rules = Self.rules(copy)
        #expect(!rules.contains("testimonial-care-given-up"), "\(copy): \(rules)")
    }

    /// The derived procedures: WordNet's looks, tests and operations, less cosmetic surgery and
    /// a gerund with its particle.
    @Test func procedureClass() {
        let lexicon = Fixtures.book.lexicon
        let phrases = Set(
            lexicon.phrases(ofClass: "wordnet-procedure").map { $0.joined(separator: " ") })
        for name in ["mri", "scan", "colonoscopy", "tonsillectomy", "biopsy"] {
            #expect(phrases.contains(Stemmer.stem(name)), "\(name)")
        }
        for name in ["facelift", "tummy tuck", "cutting out", "neutering"] {
            let stems = name.split(separator: " ").map { Stemmer.stem(String($0)) }
            #expect(!phrases.contains(stems.joined(separator: " ")), "\(name)")
        }
    }
}
