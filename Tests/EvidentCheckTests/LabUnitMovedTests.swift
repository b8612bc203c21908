import EvidentModel
import Testing

@testable import EvidentCheck

/// A body's value told before and after in a unit only a laboratory writes a body's values in
/// (`LabValueTable.laboratoryUnits`, `@lab-unit-moved`), beside the product: the unit says a
/// specimen was measured, whatever the measure is called, or when none is named. Sentences
/// written for this test (none from an evaluation set).
struct LabUnitMovedTests {
    static let rules = StoryAcrossReadingTests.rules

    /// The units the table holds, as `isLaboratoryUnit` sorts them: an amount of substance, an
    /// activity or a count per anything, or any amount per a specimen's volume, and not a mass
    /// per litre, a dose, a flow, a pressure or a percentage.
    @Test func laboratoryUnits() throws {
        for unit in [
            "mmol/mol", "copies/ml", "miu/l", "µiu/ml", "u/l", "mg/dl", "ng/ml", "/ul",
            "cells/µl", "meq/l", "g/dl",
        ] {
            #expect(LabValueTable.isLaboratoryUnit(unit), "\(unit)")
        }
        for unit in [
            "mg/l", "µg/l", "g/l", "mg/day", "mg/24h", "ml/min", "mmhg", "%", "ratio",
            "ppm", "mg",
        ] {
            #expect(!LabValueTable.isLaboratoryUnit(unit), "\(unit)")
        }
        let table = try #require(Fixtures.book.lexicon.labValues)
        #expect(table.laboratoryUnits.contains("mmol/mol"))
        #expect(table.laboratoryUnits.contains("copies/ml"))
        #expect(!table.laboratoryUnits.contains("mg/l"))
    }

    @Test(arguments: [
        // no measure named: the unit alone
        "Went from 61 mmol/mol to 43 mmol/mol in four months on the gymnema drops.",
        "Take it from 40,000 to under 50 copies/mL with our elderberry and zinc blend.",
        // two calendar times, the unit on the after only
        "Gran read 9 in April and 6.1 mIU/L in June on the selenium drops.",
        // a pet's value, no measure named
        "Bella the cat went from 48 µmol/L to 31 µmol/L on our kidney sprinkle.",
    ])
    func reads(copy: String) {
        let rules = Self.rules(copy)
        #expect(rules.contains("implied-lab-measure-moved"), "\(copy): \(rules)")
    }

    /// A mass per litre (water, a tank, soil), a food's content, one value, no product, a value
    /// kept in range.
    @Test(arguments: [
        "Spring water label: magnesium down from 14 mg/L to 9 mg/L since the new borehole.",
        "Aquarium forum: nitrate from 40 mg/L to 10 mg/L with the new resin pouch.",
        "New granola: sugar down from 12 g to 5 g per 100 g.",
        "Mum's number was 9 mIU/L at the last check-up.",
        "Went from 61 mmol/mol to 43 mmol/mol in four months.",
        "Keeps vitamin B12 at 600 pg/mL, already within the normal range, with one capsule a day.",
    ])
    func leavesAlone(copy: String) {
        let rules = Self.rules(copy)
        #expect(!rules.contains("implied-lab-measure-moved"), "\(copy): \(rules)")
    }
}
