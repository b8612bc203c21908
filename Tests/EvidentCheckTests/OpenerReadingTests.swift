import EvidentModel
import Testing

@testable import EvidentCheck

/// Openers (session 22): what copy sets off by a comma before its clause and that adds no
/// health meaning — a sentence adverb, a discourse word, an interjection, a vocative, a time
/// adverbial (`TaggedSentence.commaOpeners`, rule O1 of `.ci/derive-senses`). The clause opens
/// after it as after a label, and a vocative holds nothing the clause speaks of. Sentences
/// written for this test (none from an evaluation set); each decorated claim has its plain form
/// beside it, and each reading its everyday neighbour.
struct OpenerReadingTests {
    // The checks and the tagger of DecorationRobustnessTests (one copy of each).
    static func errors(_ text: String, market: Market = .us) -> [Finding] {
        DecorationRobustnessTests.errors(text, market: market)
    }

    static func caught(_ text: String) -> Bool { DecorationRobustnessTests.caught(text) }

    static func tagged(_ text: String) -> TaggedSentence {
        DecorationRobustnessTests.tagged(text)
    }

    /// The openers of a sentence, as the tagger finds them.
    static func openers(_ text: String) -> [(start: Int, end: Int, vocative: Bool)] {
        let lexicon = Fixtures.book.lexicon
        let scalars = Array(text.unicodeScalars)
        let tokens = lexicon.tokens(scalars, in: 0..<scalars.count)
        let tagged = Self.tagged(text)
        return TaggedSentence.commaOpeners(
            tokens, from: TaggedSentence.clauseOpenings(tokens, text: scalars), text: scalars,
            lexicon: lexicon, tags: tagged.tags,
            isCondition: { word in tagged.conditions.contains { $0.start == word } })
    }

    /// An imperative to the reader after an opener is the reader-promise it is at the start:
    /// an adverb, a discourse word, a vocative, a time adverbial, an interjection.
    @Test(arguments: [
        "Walk the dog round the reservoir again without your hips locking.",
        "Climb the stile again without your knees buckling.",
        "Read the parish magazine again without the print swimming.",
        "Hear the owls in the orchard again.",
    ])
    func openerKeepsTheReaderPromise(_ text: String) {
        #expect(Self.caught(text), "plain: \(text)")
        for opener in ["Honestly, ", "So, ", "Bell ringers, ", "This autumn, ", "Phew, "] {
            let decorated = opener + text.prefix(1).lowercased() + text.dropFirst()
            #expect(Self.caught(decorated), "\(decorated)")
        }
    }

    /// The finding after an opener quotes the imperative, as the plain sentence's does.
    @Test func openerFindingQuotesTheImperative() {
        let found = Self.errors("Walkers, climb the stile again without your knees buckling.")
        #expect(
            found.map(\.message) == [
                "disease claim: 'climb the stile again without your knees' promises the reader an everyday action of the body without what hinders it now, or as it was when younger (implying a disease took it)"
            ])
    }

    /// A vocative calls the reader; it is no person the sentence speaks of: copy that is no
    /// claim without it stays none.
    @Test(arguments: [
        "Parents, whisk the batter until the lumps vanish.",
        "Neighbours, the plumber cured the drip under the boiler with one washer.",
        "Campers, our minibus broke down, so the trip leaves on Tuesday.",
        "Grandparents, the ferry sails at noon.",
    ])
    func vocativeAddsNoAlarm(_ text: String) {
        let plain = String(text.drop { $0 != "," }.dropFirst(2))
        let capitalised = plain.prefix(1).uppercased() + plain.dropFirst()
        #expect(Self.errors(capitalised, market: .all).isEmpty, "plain: \(capitalised)")
        #expect(Self.errors(text, market: .all).isEmpty, "\(Self.errors(text, market: .all))")
    }

    /// The opener's words: one word of any kind, or two to four that end in a WordNet adverb,
    /// a noun of a time or a noun of people; no condition and no possessive among them. The
    /// clause opens after the last opener; a plural vocative's words keep no class.
    @Test func openerSpans() {
        let time = Self.openers("This ski season, swim lengths again.")
        #expect(time.map(\.end) == [3] && time.map(\.vocative) == [false])
        #expect(Self.tagged("This ski season, swim lengths again.").clauseStart == 3)
        let vocative = Self.tagged("Dog owners, walk the fells again.")
        #expect(vocative.clauseStart == 2)
        #expect(vocative.tags[0].isEmpty && vocative.tags[1].isEmpty)
        #expect(Self.openers("Honestly, walk the fells again.").map(\.end) == [1])
        #expect(Self.tagged("Seriously, walkers, climb the fell again.").clauseStart == 2)
        // after a label, the opener follows the colon
        #expect(Self.openers("Radio ad: Ladies, walk the fells again.").map(\.end) == [3])
        // a singular person before a comma may be the one spoken of: its words stay
        let named = Self.tagged("Mum, stage 4 in 2022.")
        #expect(named.clauseStart == 1 && !named.tags[0].isEmpty)
        // a condition, a possessive, a verb of the third person, a head that is none of rule
        // O1's: no opener
        #expect(Self.openers("For arthritis, walk the fells again.").isEmpty)
        #expect(Self.openers("My son's knees, once stiff, bend again.").isEmpty)
        #expect(Self.openers("Shrinks a fatty, swollen liver.").isEmpty)
        #expect(Self.openers("Recall names, dates and birthdays like you did at forty.").isEmpty)
        #expect(Self.openers("The green kettle, our best seller, boils fast.").isEmpty)
    }
}

/// A product's line of five to eight words before a colon (session 29,
/// `TaggedSentence.isProductLine`): the clause opens after it as after a short label, so an
/// imperative to the reader after it is the reader-promise it is at the start; a clause of the
/// writer's before a colon (a pronoun, a verb "be", "have" or "do", a modal) is no label.
/// Sentences written for this test (none from an evaluation set).
struct ProductLineLabelTests {
    @Test(arguments: [
        "Climb the stile again without your knees buckling.",
        "Walk the dog round the reservoir again without your hips locking.",
    ])
    func productLineKeepsTheReaderPromise(_ text: String) {
        #expect(OpenerReadingTests.caught(text), "plain: \(text)")
        for line in [
            "Turmeric and ginger capsules for keen walkers: ",
            "Green-lipped mussel and collagen chews for older ramblers: ",
        ] {
            let labelled = line + text.prefix(1).lowercased() + text.dropFirst()
            #expect(OpenerReadingTests.caught(labelled), "\(labelled)")
        }
    }

    /// Which words open a clause: after a product's line, after a short label, and not after a
    /// clause of the writer's or a line with a pronoun in it.
    @Test func productLineOpensTheClause() {
        func openings(_ text: String) -> [Int] {
            let lexicon = Fixtures.book.lexicon
            let scalars = Array(text.unicodeScalars)
            let tokens = lexicon.tokens(scalars, in: 0..<scalars.count)
            return TaggedSentence.clauseOpenings(tokens, text: scalars)
        }
        let line = "Saw palmetto and nettle root softgels for men: sit through it."
        #expect(openings(line) == [0, 8])
        #expect(openings("Forum post: sit through it.") == [0, 2])
        #expect(openings("My nan always said this to me: sit through it.") == [0])
        #expect(openings("We tried the nettle root softgels: sit through it.") == [0])
    }
}
