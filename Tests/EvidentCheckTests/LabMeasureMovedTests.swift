import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 19's reading of a lab measure told before and after beside the product
/// (`implied-lab-measure-moved`): the measures MeSH files under its laboratory, function and
/// vital-sign tests, hormones, biomarkers and blood proteins (`Vocabulary/measures.tsv`, derived
/// by `.ci/lab/derive-measures.py`) join the HPO's analytes as `@lab-analyte-named`; two values
/// of one, a tenth or more apart, told as a change (`@value-moved`), or its state in words
/// before and after. Sentences written for this test (none from an evaluation set).
struct LabMeasureMovedTests {
    static let rules = StoryAcrossReadingTests.rules

    @Test(arguments: [
        // an arrow between the values, a hormone
        "Calcitonin 58 → 47 on the nettle capsules.",
        "My reticulocyte count 0.4 -> 1.6 after a month of the beet powder.",
        // two calendar times, a hormone
        "Her calcitonin was 40 in April and 12 in August, on our thyroid drops.",
        // the after said to be now: "it's", "reads … now", "since"
        "My haptoglobin was 18 at the first test; since the herbal tonic it's 90.",
        "Our mare's fibrinogen read 650 at the vet; on the turmeric paste it reads 300 now.",
        // linked by "to" without "from", a percentage, a respiratory function test
        "Vital capacity went 55% to 78% of predicted on the breathing tincture.",
        // an abbreviation MeSH gives as an entry term
        "My IgA went from 90 to 130 after the colostrum capsules.",
        // the state in words, before and after
        "My thyrotropin was sky high; two months of the kelp drops and it's normal.",
        "His procalcitonin was barely detectable, then normal after the capsules.",
    ])
    func reads(copy: String) {
        #expect(
            Self.rules(copy).contains("implied-lab-measure-moved")
                || Self.rules(copy).contains("implied-lab-fold-change"),
            "\(copy): \(Self.rules(copy))")
    }

    /// Below a tenth apart, one value only, no product, a fitness or an everyday measure, a
    /// value kept within its range, a year, a race time, a number inside a name.
    @Test(arguments: [
        "My calcitonin was 40 in April and 38 in August, on our thyroid drops.",
        "My haptoglobin is 90 on the herbal tonic.",
        "My haptoglobin was 18 at the first test; it's 90 now.",
        "My VO2 max went from 38 to 44 on the beetroot shots.",
        "Credit score 540 → 720 since our budgeting app.",
        "Helps maintain calcitonin levels that are already within the normal range.",
        "My calcitonin was tested in 2019 and 2023 while on our drops.",
        "Parkrun 31:40 → 27:15 with our energy gels.",
        "Vital capacity on the PHQ-9 sheet: 21 lines, our capsules page 6.",
    ])
    func leavesAlone(copy: String) {
        #expect(
            !Self.rules(copy).contains("implied-lab-measure-moved"),
            "\(copy): \(Self.rules(copy))")
    }

    /// Two told values are tagged from the before to the after; moved by half or more, they are
    /// a fold change too.
    @Test func tagsTheMove() throws {
        let moved = try #require(Fixtures.book.lexicon.classID("value-moved"))
        let fold = try #require(Fixtures.book.lexicon.classID("fold-change"))
        let tagged = LabFoldChangeTests.tagged
        #expect(tagged("Calcitonin 58 → 47 now.", moved) == ["58 47"])
        #expect(tagged("It was 40 in April and 12 in August.", moved) == ["40 in april and 12"])
        #expect(tagged("It was 40 in April and 12 in August.", fold) == ["40 in april and 12"])
        #expect(tagged("It was 40 in April and 38 in August.", moved).isEmpty)
        #expect(tagged("Race time 31:40 → 27:15.", moved).isEmpty)
        #expect(tagged("Tested in 2019 and 2023 now.", moved).isEmpty)
        #expect(tagged("PHQ-9 went 21 → 6.", moved) == ["21 6"])
    }

    /// The derived measures: tests, hormones, blood proteins and their abbreviations, in
    /// copy's order; no kind ("hormones") and no word whose first sense is everyday ("bun").
    @Test func derivedMeasures() throws {
        let url = try #require(
            ConditionVocabulary.bundledDirectory?.appendingPathComponent(
                LabValueTable.measuresFile))
        let names = Set(
            try LabValueTable.derivedNames(
                try String(contentsOf: url, encoding: .utf8), path: "measures.tsv"))
        #expect(
            names.isSuperset(of: [
                "procalcitonin", "ankle brachial index", "lymphocyte count", "ige", "pefr",
                "vital capacity", "hematocrit",
            ]))
        #expect(names.isDisjoint(with: ["hormones", "hormone", "immunoglobulins", "bun", "lats"]))
        let table = try #require(Fixtures.book.lexicon.labValues)
        let named = Set(try #require(try table.derivedClass(excluding: [])["lab-analyte-named"]))
        #expect(named.isSuperset(of: ["procalcitonin", "aldosterone"]))
        #expect(named.count == Set(named.map { Tokenizer.terms($0) }).count)
    }

    /// The class kept in a knowledge base's cache folder (`lab-derived.cache`) is the class
    /// derived afresh: written by the first read, read back by the second, and derived again
    /// (not read) when the names it is compared with change.
    @Test func derivedClassKeptBetweenChecks() throws {
        let table = try #require(Fixtures.book.lexicon.labValues)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lab-derived-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = try table.derivedClass(excluding: ["potassium"])
        let written = try table.derivedClass(excluding: ["potassium"], cache: folder)
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("lab-derived.cache").path))
        let read = try table.derivedClass(excluding: ["potassium"], cache: folder)
        #expect(written == fresh && read == fresh)
        let other = try table.derivedClass(
            excluding: ["potassium", "procalcitonin"], cache: folder)
        #expect(other == (try table.derivedClass(excluding: ["potassium", "procalcitonin"])))
        #expect(other != fresh)
    }

    /// The message names the words read.
    @Test func message() {
        let finding = Fixtures.check(
            "My haptoglobin was 18 at the first test; since the herbal tonic it's 30.",
            market: .us
        )
        .first { $0.rule == "implied-lab-measure-moved" }
        #expect(
            finding?.message
                == "disease claim: 'haptoglobin was 18 at the first test; since the herbal tonic "
                + "it's 30' tells a lab measure's value before and after the product (a lab value "
                + "the product had to move was abnormal, and stands for the disease it is a sign of)"
        )
    }
}

/// A measure named by its abbreviation, moved less than twice: read where its values are a
/// laboratory's (a unit of amount per volume, a percentage of predicted) or a clinician measured
/// them; not a score, a rate or a count of everyday life.
struct LabAbbreviationMovedTests {
    static let rules = StoryAcrossReadingTests.rules

    @Test(arguments: [
        "My DLCO went from 55% to 72% of predicted on the mullein tea.",
        "His NT-proBNP was 640 pg/mL in March and 410 pg/mL in May, on the hawthorn capsules.",
        "Our vet measured the MCHC at 39; on the iron paste it reads 33 now.",
    ])
    func reads(copy: String) {
        #expect(
            Self.rules(copy).contains("implied-lab-measure-moved"), "\(copy): \(Self.rules(copy))")
    }

    @Test(arguments: [
        "My CTR went from 2.1% to 3.4% on our landing page.",
        "Our NPS was 41 in March and 55 in May, with the new capsules range.",
        "My GPA was 2.9; since the focus gummies it's 3.6.",
    ])
    func leavesAlone(copy: String) {
        #expect(
            !Self.rules(copy).contains("implied-lab-measure-moved"), "\(copy): \(Self.rules(copy))")
    }
}

/// Session 20: a measure's before and after with one or both told in words (`@lab-state-moved`:
/// "sky-high … it's back at 4", "850 in January … came back normal"), the product in the
/// sentence, in the one before it, or a course of something eaten it is taken on (`@lab-course`
/// after `@eaten-noun`: a plan, a programme, a routine, a regime, a tonic). Sentences written for this test before the reading
/// (none from an evaluation set).
struct LabStateMovedTests {
    static let rules = StoryAcrossReadingTests.rules

    @Test(arguments: [
        // off its range in words, then a value said to be now
        "Her prolactin was through the roof before the fennel seed ritual; today it reads 14.",
        "Cortisol rock bottom every morning for a year, and on the licorice routine it's 410 now.",
        "Ceruloplasmin barely detectable at diagnosis; since the copper-free regime it's back to 0.25.",
        // a value, then in range in words
        "Calprotectin 850 in January; after the slippery elm protocol it came back normal.",
        // both in words, far apart; a magnitude as the state off its range
        "Her viral load was in the tens of thousands; after our elderberry programme it's undetectable.",
        "Amylase in the thousands last winter, normal by spring on the papaya plan.",
        // a counted cell told in numbers, the after a contraction of "are"
        "Basophils sat at 0.4 all spring; since the mushroom regime they're 0.1.",
        // the product in the sentence before
        "We put Dad on the beet and garlic plan. His BNP is down from 900 to 300.",
        "I went onto the milk thistle capsules in June. By September my procalcitonin had dropped from 0.9 to 0.2.",
    ])
    func reads(copy: String) {
        let rules = Self.rules(copy)
        #expect(
            rules.contains("implied-lab-measure-moved")
                || rules.contains("implied-lab-fold-change"),
            "\(copy): \(rules)")
    }

    /// No measure of a body, one state only, no product near, the product two sentences back,
    /// a value kept within its range.
    @Test(arguments: [
        "Our website traffic was through the roof in March; after the redesign it's back at 2,000 a day.",
        "The dishwasher's water hardness was sky-high, and after the salt regime it reads 6.",
        "Ticket sales were rock bottom all winter; the new marketing plan has them back to normal.",
        "My haptoglobin was sky-high at the first test on the herbal tonic.",
        "My haptoglobin was undetectable in March, and it's back at 1.2.",
        "We started the beet plan in May. The weather was awful. His BNP is down from 900 to 300.",
        "Supports healthy prolactin levels already within the normal range, as part of our daily routine.",
        // a course of an activity is training, not the product's course
        "Heart rate 180 at the first session, 150 by week ten of the running programme.",
        "Vital capacity 4.1 litres in spring, 4.8 by autumn on the rowing routine.",
    ])
    func leavesAlone(copy: String) {
        let rules = Self.rules(copy)
        #expect(!rules.contains("implied-lab-measure-moved"), "\(copy): \(rules)")
    }

    /// The before and the after are tagged from the one to the other; a before with no word of
    /// "now" up to its after is not, nor is a value after a state in range.
    @Test func tagsTheStates() throws {
        let moved = try #require(Fixtures.book.lexicon.classID("lab-state-moved"))
        let tagged = LabFoldChangeTests.tagged
        #expect(
            tagged("It was sky high in May; it's back at 4.", moved) == [
                "sky high in may it back at 4"
            ])
        #expect(
            tagged("It was 850 in January and came back normal.", moved) == [
                "850 in january and cam back normal"
            ])
        #expect(
            tagged("Rock bottom all winter, and the plan has them back to normal.", moved) == [
                "rock bottom all winter and the plan has them back to normal"
            ])
        #expect(tagged("It was sky high, and 4 for the others.", moved).isEmpty)
        #expect(tagged("It was normal in May and 40 in June.", moved).isEmpty)
    }
}
