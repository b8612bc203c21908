import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 39: the drug-comparison reading of a drug a source names (rules K3 and K4 of
/// `.ci/vocab/derive-drug-kinds.py`) beyond "instead of": a medicine WordNet names with its
/// trade name (`@branded-drug`) after any cue of comparing or replacing, and a drug of either
/// source stopped, thrown away or come off. Sentences written for this test (none from an
/// evaluation set), with the ingredient lists and lab instructions beside each reading.
struct DrugNameSourceTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// A medicine WordNet names with its trade name, after a cue of comparing: the product is
    /// offered as its equal. MeSH's chemical names stay out of it (they hold supplements).
    @Test func brandedDrugCompared() {
        #expect(
            Self.rules("Our passionflower drops calm the nerves as well as buspirone.")
                .contains("drug-comparison"))
        #expect(
            Self.rules("Our motion drops work as well as meclizine.").contains("drug-comparison"))
        #expect(
            !Self.rules("Each capsule holds quercetin as well as berberine and black pepper.")
                .contains("drug-comparison"))
    }

    /// A drug either source names, stopped or come off: the product stands in for it; a
    /// supplement MeSH also files as a chemical, stopped as a lab asks, is no drug.
    @Test func sourceDrugStopped() {
        #expect(
            Self.rules("Give up the propranolol: our magnesium drink keeps stage nerves down.")
                .contains("drug-comparison"))
        #expect(
            Self.rules("Came off the citalopram after a month of our saffron drops.")
                .contains("drug-comparison"))
        #expect(
            !Self.rules("Stop the quercetin a week before your blood test, as the lab asks.")
                .contains("drug-comparison"))
    }
}
