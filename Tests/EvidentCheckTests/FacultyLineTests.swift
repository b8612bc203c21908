import EvidentModel
import Testing

@testable import EvidentCheck

/// Rule F1 (session 30): a product's line that names a faculty or an organ, then copy that
/// promises an everyday task done without what makes up for a failing function, or tells the
/// reader to use the faculty (`TaggedSentence.tagFacultyLine`, `implied-faculty-line`); and rule
/// R18, a halt at a seat is the body's rest (`tagJourneyHalts`). Sentences written for this
/// test (none from an evaluation set), in the kind's other wordings: other faculties, aids,
/// animals and product names.
struct FacultyLineTests {
    static func errors(_ text: String, market: Market = .us) -> [Finding] {
        DecorationRobustnessTests.errors(text, market: market)
    }

    static func caught(_ text: String) -> Bool { DecorationRobustnessTests.caught(text) }

    /// The words of a sentence tagged `@faculty-line`.
    static func facultyLine(_ text: String) -> [Int] {
        let tagged = DecorationRobustnessTests.tagged(text)
        guard let line = Fixtures.book.lexicon.classID("faculty-line") else { return [] }
        return tagged.tags.indices.filter { word in
            tagged.tags[word].contains { $0.classID == line }
        }
    }

    /// The last word of a product's line before its colon is tagged when the line names a
    /// faculty or an organ and the product; a line of a covering, a device or no faculty is
    /// not, nor a sentence with no line.
    @Test func theLineIsTaggedOnItsLastWord() {
        #expect(Self.facultyLine("Cochlear support capsules: hear the rain again.") == [2])
        #expect(Self.facultyLine("Memory and focus gummies for students: revise.") == [5])
        #expect(Self.facultyLine("Hair serum: comb it through.").isEmpty)
        #expect(Self.facultyLine("Head torch: find the tent.").isEmpty)
        #expect(Self.facultyLine("Garden kneeler cushions: weed the borders.").isEmpty)
        #expect(Self.facultyLine("Walk the dog without a lead in the paddock.").isEmpty)
        // the product as the subject is `@faculty-subject`, not a line
        #expect(Self.facultyLine("These cochlear support drops let you hear the rain.").isEmpty)
    }

    /// A task done without what makes up for a failing function, or no more of it, or a sense
    /// used, after a line naming a faculty (an adjective of a part or a faculty, a faculty in
    /// any sense, an organ, an animal's part): a disease claim.
    @Test(arguments: [
        "Labyrinthine balance drops: climb the loft ladder without a hand on every rung.",
        "Auditory support tablets: follow the quiz at the pub without asking the team to repeat every question.",
        "Spinal comfort capsules: load the dishwasher without propping a hand on the worktop.",
        "Ocular night capsules: walk the dog round the common after sunset without a head torch.",
        "Recall and concentration gummies: get through the big shop without a list on your phone.",
        "Urinary comfort capsules: sit through the whole carol service without slipping out.",
        "Oesophagus comfort lozenges: finish a slice of toast without a glass of water beside you.",
        "Wrist-support balm: open the pickle jar instead of handing it to your son.",
        "Olfactory renew drops: smell the bread in the toaster before it burns.",
        "Pelvic-floor comfort capsules: no more crossing your legs when you sneeze.",
        "Hock-support granules for horses: your mare steps down from the lorry without hesitating.",
    ])
    func aTaskWithoutItsCompensationIsAClaim(_ text: String) {
        #expect(Self.caught(text), "\(text)")
    }

    /// The product named as the subject, then a promise to the reader of a task without its
    /// compensation or a sense used: the same claim; made without an ingredient, none.
    @Test func theProductAsTheSubject() {
        #expect(
            Self.caught(
                "These labyrinthine support drops let you cross the harbour wall without a hand on the rail."
            ))
        #expect(Self.caught("Our olfactory support drops let you smell the wood smoke again."))
        #expect(Self.errors("Our joint support capsules are made without gelatine.").isEmpty)
        #expect(Self.errors("Vegan eye health capsules: made without fish oil.").isEmpty)
    }

    /// The same frames with no faculty in the line, a covering's or a device's line, or
    /// directions for the product's own use: no claim of this rule.
    @Test(arguments: [
        "Leave-in conditioner for curly hair: defines curls without crunch.",
        "Head torch with a red light: find the tent pegs after dark without waking the campsite.",
        "Joint support capsules: take two a day without food.",
        "Keyring bottle opener: open any bottle without a corkscrew.",
        "Waymarked trail map: walk the coast path without getting lost.",
    ])
    func noFacultyLineNoClaim(_ text: String) {
        #expect(
            !Self.errors(text, market: .all).contains { $0.rule == "implied-faculty-line" },
            "\(Self.errors(text, market: .all).map(\.rule))")
    }

    /// The finding quotes the line's last word to the task's hindrance.
    @Test func theFindingQuotesTheLine() {
        let found = Self.errors(
            "Spinal comfort capsules: load the dishwasher without propping a hand on the worktop."
        ).filter { $0.rule == "implied-faculty-line" }
        #expect(
            found.map(\.message) == [
                "disease claim: 'capsules: load the dishwasher without' follows a product named for a faculty or an organ with a task done without what makes up for a failing function, or a sense used (implying the function fails and the product restores it)"
            ])
    }

    /// Rule R18: a halt at a seat is the body's rest; at a place of the journey it is the
    /// journey's.
    @Test func aHaltAtASeatIsARest() {
        #expect(
            Self.caught(
                "Mullein syrup for the over-eighties: walk up to the chapel without stopping at the wooden bench."
            ))
        #expect(
            !Self.caught(
                "Diesel estate for the over-eighties: drive up to the chapel without stopping at the petrol station."
            ))
    }
}
