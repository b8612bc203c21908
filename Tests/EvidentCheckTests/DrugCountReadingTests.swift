import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 22's reading of a count of a drug before and none after (`testimonial-drug-count`):
/// a count of a drug class or of a medicine named by what it is for, the product, then none,
/// zero or one. Sentences written for this test (none from an evaluation set), with counts of
/// things that are no drug and a caution beside the reading.
struct DrugCountReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        // a medicine named by a lab value it is for, then none
        "Mum was on three blood pressure tablets before the beetroot capsules; now she takes none.",
        // a drug in a patient's words (WordNet's drugs: water tablets), then none needed
        "Grandad took three water tablets a day; since the dandelion capsules he needs none.",
    ])
    func readsDrugCountToNone(copy: String) {
        #expect(Self.rules(copy).contains("testimonial-drug-count"), "\(copy)")
    }

    @Test(arguments: [
        "We had four printers in the office; since the new scanner we have none.",
        "I drank three energy drinks a day; since the green tea capsules, zero.",
        "If you take two blood pressure tablets a day, ask your doctor before stopping any.",
    ])
    func leavesOtherCounts(copy: String) {
        #expect(!Self.rules(copy).contains("testimonial-drug-count"), "\(copy)")
    }
}
