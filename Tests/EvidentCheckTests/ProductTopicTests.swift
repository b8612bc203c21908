import EvidentCheck
import EvidentModel
import Testing

/// The law's own test (21 CFR 101.93(g)): a condition named in a sentence about the product is
/// a disease claim whatever the verb, unless the sentence is one of the lawful forms. Every
/// wording here was written for this test (none is taken from an evaluation set); each
/// exception has at least three wordings and everyday counterparts.
struct ProductTopicTests {
    static func diseaseErrors(_ text: String) -> [String] {
        ClaimGrammarTests.diseaseErrors(text)
    }

    static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    /// A condition in a sentence that names the product, an ingredient or a form of it, with
    /// a verb no older rule reads.
    @Test(arguments: [
        "The mineral paste hardens teeth softened by tooth decay.",
        "The tincture walks shingles back in a weekend.",
        "This elderflower syrup and croup season are old friends now.",
        "One dropperful, and tonsillitis packs its bags.",
        "Our balm rewrites the story of rosacea.",
    ])
    func conditionBesideTheProduct(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// Label copy without a subject ("Steadies …"): the product is the implied subject.
    @Test(arguments: [
        "Steadies the hands that shake from essential tremor.",
        "Softens the crust of scalp psoriasis in days.",
        "Untangles your nights from restless legs syndrome.",
        "Walks back the tingling of diabetic neuropathy.",
    ])
    func sentenceOpeningWithAVerb(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// The new reading says what it read: the condition, and that the sentence is about the
    /// product.
    @Test func messageIsPinned() {
        let found = Self.errors("The tincture walks shingles back in a weekend.")
        #expect(found.map(\.rule) == ["disease-in-product-copy"])
        #expect(
            found.first?.message
                == "disease claim: the copy names the condition 'shingles' in a sentence about "
                + "the product (a disease named in connection with a product is a disease claim, "
                + "whatever the verb)")
    }

    /// Education: a sentence about the condition that does not name the product (the topic
    /// reaches the sentence).
    @Test(arguments: [
        "Essential tremor runs in families.",
        "Rosacea is most common in fair-skinned adults over thirty.",
        "Dogs with heartworm need their vet, not a shop.",
        "Studies show that gout is more common in men.",
        "Croup sounds like a barking seal.",
    ])
    func educationWithoutTheProduct(_ text: String) {
        #expect(
            !Self.errors(text).contains { $0.rule.hasPrefix("disease-in-product") }, "\(text)")
    }

    /// "Our" names the company as often as the product: the company's people, animals and
    /// places are not the product.
    @Test(arguments: [
        "Our founder spent ten years as a malaria nurse in Ghana.",
        "Our orchard lost a row of pear trees to fire blight.",
        "Our shop dog, Bronchitis, greets every customer.",
    ])
    func ourNamesTheCompany(_ text: String) {
        #expect(
            !Self.errors(text).contains { $0.rule.hasPrefix("disease-in-product") },
            "\(Self.errors(text).map(\.rule))")
    }

    /// Warnings and contraindications name who should not take the product.
    @Test(arguments: [
        "Not suitable for anyone with gallstones or liver disease.",
        "These capsules are not for people with epilepsy.",
        "Ask your pharmacist before use if you have glaucoma.",
        "Do not take if you have haemophilia.",
    ])
    func warningsAndContraindications(_ text: String) {
        #expect(Self.diseaseErrors(text).isEmpty, "\(Self.diseaseErrors(text))")
    }

    /// The DSHEA disclaimer and denials of a claim.
    @Test(arguments: [
        "We make no claim that our tea treats diabetes.",
        "Our drops are not a treatment for glaucoma.",
        "This balm is not a substitute for your eczema prescription.",
        "This product is not intended to diagnose, treat, cure, or prevent any disease.",
    ])
    func disclaimersAndDenials(_ text: String) {
        #expect(Self.diseaseErrors(text).isEmpty, "\(Self.diseaseErrors(text))")
    }

    /// The "occasional" and ordinary-life forms, and maintenance within the normal range.
    @Test(arguments: [
        "Our gummies ease occasional sleeplessness.",
        "The tea soothes mild cramps that come with your period.",
        "Our capsules support healthy blood pressure levels already within the normal range.",
        "The balm cools muscles that ache after a hard workout.",
    ])
    func ordinaryLifeAndMaintenance(_ text: String) {
        #expect(Self.diseaseErrors(text).isEmpty, "\(Self.diseaseErrors(text))")
    }

    /// A plant named after an illness ("cramp bark", "Fever-Tree"), directions ("shake well"),
    /// a business's "pain points" and the economy's "depression" name no condition.
    @Test(arguments: [
        "Our tea blends cramp bark with chamomile.",
        "Top the gin with our Fever-Tree tonic pairing.",
        "Shake well before use and stir one scoop into juice.",
        "Our customers' pain points were slow delivery and flimsy jars.",
        "The economy slid into a depression, yet our capsules stayed the same price.",
    ])
    func everydaySenses(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    /// A hashtag names a condition by its first word before an ending ("#LymeWarrior"), and
    /// the writer's capitals split it even where a piece is no known word ("#TonsillitisSOS").
    @Test(arguments: [
        "New month, new bottle #BipolarWarrior",
        "Restocked the shelves today #TonsillitisSOS",
        "Morning ritual with the mushroom tincture #HeartwormFree",
        "Fresh batch out of the oven #HPyloriGone",
    ])
    func hashtagsNamingACondition(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// Hashtags without a condition stay silent.
    @Test(arguments: [
        "New month, new bottle #SelfCareSunday",
        "Restocked the shelves today #SmallBusinessSaturday",
        "Fresh batch out of the oven #GlutenFree",
    ])
    func hashtagsWithoutACondition(_ text: String) {
        #expect(Self.diseaseErrors(text).isEmpty, "\(Self.diseaseErrors(text))")
    }

    /// An organ's own ability given back: an implied disease took it.
    @Test(arguments: [
        "Restores your tear glands' ability to make tears.",
        "Coaxes a sluggish thyroid to produce its own hormone.",
        "Your kidneys start filtering properly again within weeks.",
        "Your kidneys heal themselves with every scoop.",
        "Re-opens clogged arteries in weeks.",
    ])
    func organFunctionRestored(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// Everyday things that work again or make their own are no organ.
    @Test(arguments: [
        "Our kitchen makes its own bread every morning.",
        "The old pump works again after we replaced the seal.",
        "The shop re-opens on Monday with new stock.",
    ])
    func everydayThingsWorkingAgain(_ text: String) {
        #expect(Self.diseaseErrors(text).isEmpty, "\(Self.diseaseErrors(text))")
    }

    /// A first-person account that names the product within two sentences of the condition,
    /// before or after it.
    @Test(arguments: [
        "Rosacea ruled every wedding photo. These drops gave me my face back.",
        "Hay fever used to wreck every June. The nettle capsules changed that for me.",
        "I started the turmeric capsules in May. By August, psoriasis was a memory.",
    ])
    func accountAroundTheProduct(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// The account's reach is its paragraph: a product in another paragraph, or a paragraph
    /// without the narrator, is not the story's topic.
    @Test(arguments: [
        "Hay fever used to wreck every June.\n\nThe nettle capsules come in a glass jar.",
        "Gout is common in older men. Our cherry chews are made in Michigan.",
    ])
    func accountNeedsTheParagraph(_ text: String) {
        #expect(
            !Self.errors(text).contains { $0.rule == "disease-in-product-account" },
            "\(Self.errors(text).map(\.rule))")
    }
}
