import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// A substance a laboratory measures, written after the specimen it is measured in, told
/// before and after beside the product (`TaggedSentence.tagSpecimenAnalytes`, read by
/// `implied-lab-measure-moved`): the specimens and substances come from MeSH and WordNet
/// (`Vocabulary/specimens.tsv`, `.ci/lab/derive-specimens.py`). Sentences written for this test
/// (none from an evaluation set), in specimens and substances the scale probe did not use.
struct SpecimenAnalyteTests {
    static let rules = StoryAcrossReadingTests.rules

    @Test(arguments: [
        // a gas of a breath test, a unit after the second value
        "Breath hydrogen sulfide down from 5.2 to 3.8 ppm on our ginger gut tea.",
        // a plural name, two calendar times
        "Urine isoprostanes were 2,400 in May and 1,500 in August on the berry powder.",
        // a specimen's adjective (WordNet: faecal is derived from feces)
        "Faecal skatole dropped from 30 to 19 since the fibre sachets.",
        // a singular of MeSH's plural heading, an arrow
        "Serum pepsinogen 64 → 41 with our mastic capsules.",
        // a metal in blood, numbers in words
        "Blood lead went from twenty to fourteen on the chlorella tablets.",
    ])
    func reads(copy: String) {
        #expect(
            Self.rules(copy).contains("implied-lab-measure-moved"), "\(copy): \(Self.rules(copy))")
    }

    /// A specimen word before no substance ("stool" the seat, "sweat equity"), a substance copy
    /// supplies ("hyaluronic acid" in a face serum), a substance with no specimen, one value only,
    /// and no value moved.
    @Test(arguments: [
        "The bar stool height is down from 30 to 26 inches on our new model.",
        "Sweat equity rose from 10% to 25% on the founders' plan.",
        "Our face serum: hyaluronic acid up from 1% to 2% in the new bottle.",
        "Skatole from 30 to 19 in the lab's new assay kit.",
        "Faecal skatole is 19 on the fibre sachets.",
        "Breath hydrogen sulfide is something our ginger tea is tested for.",
    ])
    func leavesAlone(copy: String) {
        #expect(
            !Self.rules(copy).contains("implied-lab-measure-moved"), "\(copy): \(Self.rules(copy))")
    }

    /// The tag covers the specimen and the longest name after it, whose words a space or a
    /// hyphen joins; a name the tables have already ("beta-glucuronidase") keeps its own tag.
    @Test func tagCoversSpecimenAndName() throws {
        let named = try #require(Fixtures.book.lexicon.classID("lab-analyte-named"))
        for copy in [
            "Breath hydrogen sulfide fell from 5.2 to 0.8 on the drops.",
            "Breath hydrogen-sulfide fell from 5.2 to 0.8 on the drops.",
        ] {
            let tagged = LabFoldChangeTests.tagged(copy, named)
            #expect(
                tagged.count == 1 && tagged.first?.split(separator: " ").count == 3,
                "\(copy): \(tagged)")
        }
        #expect(LabFoldChangeTests.tagged("Breath hydrogen sulfide is tested.", named).isEmpty)
        let table = LabFoldChangeTests.tagged(
            "Stool beta-glucuronidase fell from 4,000 to 1,500 on the drops.", named)
        #expect(table.count == 1 && table.first?.hasPrefix("beta") == true, "\(table)")
    }

    /// Every specimen the file names is read as one ("stool", "faeces", "salivary", "breath"),
    /// and what copy sells as food is none ("milk").
    @Test func specimensFromTheVocabularies() throws {
        let names = try #require(TaggedSentence.specimenNames)
        for word in [
            "stool", "faeces", "fecal", "salivary", "urine", "urinary", "serum", "plasma",
            "sweat", "breath", "blood", "saliva", "tear",
        ] {
            #expect(names.specimens.contains(word), "\(word)")
        }
        for word in ["milk", "water", "seed"] {
            #expect(!names.specimens.contains(word), "\(word)")
        }
        #expect(names.substances.count > 10_000)
        #expect(names.substances.contains("methane") && names.substances.contains("skatole"))
    }
}
