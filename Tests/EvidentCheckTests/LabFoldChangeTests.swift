import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 15's reading of a lab value's before and after in numbers
/// (`implied-lab-fold-change`, with `@fold-change` tagged in `TaggedSentence+LabValues.swift`):
/// one value at least twice the other, of an analyte or a cell or antibody counted, beside the
/// product. Sentences written for this test (none from an evaluation set).
struct LabFoldChangeTests {
    /// The error rules that read a copy (the story reading's helper).
    static let rules = StoryAcrossReadingTests.rules

    @Test(arguments: [
        // an analyte with no range in the table (the HPO's), down by a factor of ten
        "My amylase went from 480 to 45 in a month on the dandelion drops.",
        // after, then before, with a qualifier
        "Six weeks on the drops and my d-dimer is down to under 300 from 1,900.",
        // thousands separators, a counted cell
        "Our bolus takes a herd's somatic cell count from 900,000 to 150,000.",
        // up by a factor of three, an enzyme counted (MeSH)
        "Brought my dog's lipase up from 40 to 160 with our enzyme blend.",
        // the product sold as a plan of treatment (`@regimen`, session 16)
        "My amylase went from 480 to 45 in a month on the pancreas protocol.",
    ])
    func reads(copy: String) {
        #expect(
            Self.rules(copy).contains("implied-lab-fold-change"), "\(copy): \(Self.rules(copy))")
    }

    /// Less than twice, a count or a time, sales, and a value with no product beside it.
    @Test(arguments: [
        "Since the tart cherry my CRP went from 4 to 3.",
        "Our cinnamon tea went from 200 to 900 bottles a month after the fair.",
        "Suitable for children from 4 to 12 years old.",
        "Store the drops from 2 to 8 degrees.",
        "Her amylase went from 480 to 45 after the operation.",
        "Our network protocol went from 2 to 6 versions after the update.",
    ])
    func leavesAlone(copy: String) {
        #expect(
            !Self.rules(copy).contains("implied-lab-fold-change"), "\(copy): \(Self.rules(copy))")
    }

    /// The stems each tag of a class covers in a one-sentence text, in order.
    static func tagged(_ text: String, _ classID: Int) -> [String] {
        let lexicon = Fixtures.book.lexicon
        let scalars = Array(text.unicodeScalars)
        let sentence = TaggedSentence(
            range: 0..<scalars.count, tokens: lexicon.tokens(scalars, in: 0..<scalars.count),
            text: scalars, lexicon: lexicon)
        return sentence.tokens.indices.flatMap { start in
            sentence.tags[start].filter { $0.classID == classID }.map { tag in
                sentence.tokens[start..<tag.end].map(\.term).joined(separator: " ")
            }
        }
    }

    /// The tag covers the two values and what joins them, and needs the factor of two.
    @Test func tagsTheTwoValues() throws {
        let fold = try #require(Fixtures.book.lexicon.classID("fold-change"))
        func tagged(_ text: String) -> [String] { Self.tagged(text, fold) }
        #expect(tagged("It fell from 900 to 40.") == ["from 900 to 40"])
        #expect(tagged("It fell to below 40 from 900.") == ["to below 40 from 900"])
        #expect(tagged("It fell from 90 to 60.").isEmpty)
    }
}
