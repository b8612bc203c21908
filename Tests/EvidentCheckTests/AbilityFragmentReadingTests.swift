import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 31. Rule G1: an everyday ability told as regained in a fragment without its subject
/// (`TaggedSentence.tagAbilityFragments`, `implied-ability-fragment`); rule L1: a clinical
/// score, index, ratio, scale or test named after its devisers, a part of the body or a
/// condition, moved beside the product (`TaggedSentence.tagScoreNames`,
/// `implied-lab-score-moved`); and a refining rule's finding that falls to a rival leaves the
/// reading it refines (`Checker.withoutRefined`). Sentences written for this test (none from an
/// evaluation set), in the kinds' other wordings: other faculties, shapes, products, scores.
struct AbilityFragmentReadingTests {
    static func errors(_ text: String, market: Market = .us) -> [Finding] {
        DecorationRobustnessTests.errors(text, market: market)
    }

    static func rules(_ text: String) -> [String] { errors(text).map(\.rule) }

    /// The words of a sentence tagged with a class the checker fills.
    static func tagged(_ name: String, in text: String) -> [Int] {
        let tagged = DecorationRobustnessTests.tagged(text)
        guard let id = Fixtures.book.lexicon.classID(name) else { return [] }
        return tagged.tags.indices.filter { word in tagged.tags[word].contains { $0.classID == id }
        }
    }

    /// The gerund of an ability opening a clause is tagged: at the start, after "back to"
    /// anywhere, after "and" or a comma, and the bare form after "able to"; a gerund of no
    /// ability, one inside a clause and a noun are not.
    @Test func theFragmentIsTaggedOnItsVerb() {
        #expect(Self.tagged("fragment-ability", in: "Walking the dog again.") == [0])
        #expect(Self.tagged("fragment-ability", in: "Back to chewing toffee.") == [2])
        #expect(Self.tagged("fragment-ability", in: "Mum's back to chewing steak.") == [3])
        #expect(
            Self.tagged("fragment-ability", in: "A month on the drops and hearing the birds.")
                == [6])
        #expect(Self.tagged("fragment-ability", in: "Able to read the menu again.") == [2])
        #expect(
            Self.tagged("fragment-ability", in: "Six weeks on the pills, hearing birds.") == [5])
        #expect(Self.tagged("fragment-ability", in: "Baking bread again.").isEmpty)
        #expect(Self.tagged("fragment-ability", in: "I love walking the dog.").isEmpty)
        #expect(Self.tagged("fragment-ability", in: "The walking stick stays.").isEmpty)
    }

    /// A fragment of every faculty and shape, with a sign that the ability had gone and the
    /// product told as something taken (rule G1), and a clinical score moved beside the product
    /// (rule L1): (copy, rule).
    @Test(arguments: [
        // walking, a span on the product
        (
            "Walking the dog round the park again with no stick, three months on the joint jelly.",
            "implied-ability-fragment"
        ),
        // chewing, "back to", on the product's form
        ("Back to chewing crusty bread since the gum paste.", "implied-ability-fragment"),
        // sight, an aid left behind
        (
            "Threading my own needles after a winter on the lutein capsules, glasses left in the drawer.",
            "implied-ability-fragment"
        ),
        // stairs, a halt absent
        (
            "Climbing the stairs without stopping on the landing, a fortnight on the nettle tea.",
            "implied-ability-fragment"
        ),
        // swallowing, "back to", the body's own failing absent
        (
            "Back to swallowing steak without it sticking, since the throat spray.",
            "implied-ability-fragment"
        ),
        // kneeling, after the product's span and a comma
        (
            "A month on the joint jelly, kneeling in the flower beds again.",
            "implied-ability-fragment"
        ),
        // memory, "back to" after a relative
        (
            "Grandad's back to remembering our birthdays since the lion's mane capsules.",
            "implied-ability-fragment"
        ),
        // bladder, the toilet not needed, any activity
        (
            "Getting through the whole wedding without needing the toilet, after a month on the pumpkin seed capsules.",
            "implied-ability-fragment"
        ),
        // grip, again and an aid not needed
        (
            "Opening jam jars myself again, no gripper needed, three months on the green-lipped mussel.",
            "implied-ability-fragment"
        ),
        // the writer's past told without "I"
        (
            "Walked the dog round the reservoir again, three months on the joint jelly.",
            "implied-ability-fragment"
        ),
        // a clinical score, ratio or test moved beside the product (rule L1)
        (
            "Three months of the spearmint tea and my Ferriman-Gallwey score is down from 18 to 9.",
            "implied-lab-score-moved"
        ),
        (
            "After a year on the bilberry drops my cup-to-disc ratio is down from 0.7 to 0.5.",
            "implied-lab-score-moved"
        ),
        (
            "My Gleason score went from 7 to 6 after a year on the pomegranate extract.",
            "implied-lab-score-moved"
        ),
        (
            "Harvey-Bradshaw index down from 9 to 2 on the curcumin capsules.",
            "implied-lab-score-moved"
        ),
        (
            "Schirmer test from 3 mm to 12 mm after two months of the sea buckthorn capsules.",
            "implied-lab-score-moved"
        ),
        (
            "My knee score went from 20 to 60 since the collagen capsules.",
            "implied-lab-score-moved"
        ),
    ])
    func aReadingReads(_ text: String, _ rule: String) {
        #expect(Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// The same shapes with no sign of a loss (a first, "still"), no product taken (a place, a
    /// holiday, a device), no ability (a craft, baking), or after the holidays: no claim of G1; a score of no clinic or with no product: none of L1.
    @Test(arguments: [
        (
            "Still walking the dog five miles every morning at eighty, with the fish oil at breakfast.",
            "implied-ability-fragment"
        ),
        (
            "Running my first half marathon this spring, three months on the electrolyte tabs.",
            "implied-ability-fragment"
        ),
        (
            "Back to baking sourdough every Saturday, three months into the new range cooker.",
            "implied-ability-fragment"
        ),
        (
            "Walking the coast path again after the holidays, with our energy bars in the rucksack.",
            "implied-ability-fragment"
        ),
        (
            "Cycling to work again since the new bike, with the energy gels in my bag.",
            "implied-ability-fragment"
        ),
        (
            "Back to knitting jumpers for the grandchildren, a winter on the new wool.",
            "implied-ability-fragment"
        ),
        ("Sleeping like a baby again since the new mattress.", "implied-ability-fragment"),
        (
            "Back to the gym after the holidays and loving the protein oats before every session.",
            "implied-ability-fragment"
        ),
        // a game's, a credit's or an animal's condition score, or no product taken (rule L1)
        ("My Duolingo streak went from 18 to 90 days this winter.", "implied-lab-score-moved"),
        (
            "Our mare's body condition score went from 3 to 5 on the conditioning mix.",
            "implied-lab-score-moved"
        ),
        (
            "My Ferriman-Gallwey score is down from 18 to 9 since the laser course.",
            "implied-lab-score-moved"
        ),
        (
            "Credit score from 580 to 720 in a year with our budgeting app.",
            "implied-lab-score-moved"
        ),
    ])
    func aReadingIsSilent(_ text: String, _ rule: String) {
        #expect(!Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// The finding quotes the fragment from its sign to its gerund's ability.
    @Test func theFindingQuotesTheFragment() {
        let found = Self.errors("Back to chewing crusty bread since the gum paste.").filter {
            $0.rule == "implied-ability-fragment"
        }
        #expect(
            found.map(\.message) == [
                "disease claim: 'Back to chewing' tells an everyday ability as regained beside the product (a story told without its subject: implying a disease took the ability)"
            ])
    }

    /// A score named after its devisers (a capital no dictionary knows, or any capital inside
    /// the sentence) or a ratio of two named things is tagged; a known word at the start, a
    /// lowercase word and a lone head are not.
    @Test func theScoreNameIsTagged() {
        #expect(Self.tagged("score-named", in: "My Ferriman-Gallwey score fell.") == [1])
        #expect(Self.tagged("score-named", in: "Her Mayo score fell.") == [1])
        #expect(Self.tagged("score-named", in: "Schirmer test from 3 to 9.") == [0])
        #expect(Self.tagged("score-named", in: "The cup-to-disc ratio fell.") == [1])
        #expect(Self.tagged("score-named", in: "Reading test from 3 to 9.").isEmpty)
        #expect(Self.tagged("score-named", in: "My credit score fell.").isEmpty)
        #expect(Self.tagged("score-named", in: "The score fell.").isEmpty)
    }

    /// A refining reading that falls to a rival of its category (rule F1 on "Our dry eye
    /// drops", where the condition reading takes "dry eye drops") leaves the reading it refines:
    /// the aid's reason stays the finding. (Until session 32 the sentence was "Our eye drops
    /// …", when "eye drop" was a condition of the vocabulary: rule F22 of .ci/vocab/derive.py.)
    @Test func aFallenRefinementLeavesTheBroaderReading() {
        let rules = Self.rules("Our dry eye drops let you see the scoreboard without specs.")
        #expect(rules.contains("implied-aid-unneeded"), "\(rules)")
        #expect(!rules.contains("implied-faculty-line"), "\(rules)")
    }
}
