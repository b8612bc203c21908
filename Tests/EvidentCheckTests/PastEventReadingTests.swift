import EvidentCheck
import Testing

/// A sentence that tells of a dated past event of a population, a place or a family, with a
/// verb in the past tense and nothing of the product, the reader or a narrator, names an
/// illness as history (`TaggedSentence.tagPastEvent`, `@past-event`). A span that reaches now
/// ("since 1990"), a perfect ("has eased … for centuries"), a product, a reader or a narrator
/// keeps the condition.
struct PastEventReadingTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Typhus killed more of the garrison in 1812 than the cannon did.",
        "In 1796 Edward Jenner showed that cowpox could protect a boy against smallpox.",
        "In the nineteenth century tuberculosis was treated with rest and mountain air.",
        "The sanatorium opened in 1905 to help patients recover from tuberculosis.",
        "Our great-aunt ran the cottage hospital through the polio epidemics of the 1950s.",
        // Undated: an illness opening the sentence acts in the past on people or things.
        "Yellow fever drove the canal builders out of Panama before the mosquito was understood.",
        "The plague emptied whole villages along the river.",
        "Smallpox reached the Inca empire years ahead of the Spanish soldiers.",
    ])
    func aDatedPastEventIsHistory(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// A verb whose past is its base ("cut", "shut", "spread") is a past after an illness
    /// opening the sentence, whose object may follow a preposition of place.
    @Test(arguments: [
        "Dysentery cut the garrison by half before the relief column arrived.",
        "Cholera spread through the workhouse and the guardians shut the infirmary.",
    ])
    func aVerbWhosePastIsItsBaseTellsHistory(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        // Present, or a person's complaint, or a narrator.
        "Zinc lozenges cut your cold short.",
        "Eczema spread across her arms until the balm cleared it.",
        "Arthritis cut my walks short until I found these capsules.",
    ])
    func aVerbWhosePastIsItsBaseKeepsAClaim(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        // A product, a reader, a narrator.
        "In 1952 our founder's elderberry syrup cured the village of flu.",
        "Back in 2019 you suffered from arthritis; our capsules changed that.",
        "In 2019 I was cured of psoriasis by the nettle drops.",
        "My psoriasis vanished in the spring of 2019.",
        // A span that reaches now.
        "Relieving arthritis since 1990 with the same herbal drops.",
        // No past verb: a present claim with a date.
        "Winner of the 2023 award for the best natural arthritis relief.",
        // Undated, but a story's complaint or a present claim.
        "Eczema cleared from her hands within a week of using the balm.",
        "Arthritis stopped me gardening until I found these capsules.",
        "Migraines ruled my twenties; the magnesium drops ended them.",
    ])
    func theConditionIsStillACondition(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
