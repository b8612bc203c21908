import EvidentModel
import Testing

@testable import EvidentCheck

/// Faithful paraphrases of authorised wordings under `--market eu`, and what a claim that names
/// no substance is about (written for this test, not taken from an evaluation set).
@Suite struct EURegisterParaphraseTests {
    private static func eu(_ text: String) -> [Finding] { Fixtures.registerFindings(text) }

    /// A part of a wording joined by "and", a source or kind of the substance the copy adds, a
    /// wording that names two substances, and a paraphrase whose only target a refused wording
    /// of the substance shares ("Help to support vision"): authorised, naming the entry and the
    /// substance whose entry it is.
    @Test(arguments: [
        ("Iodine contributes to normal thyroid function.", "POL-HC-6389", "Iodine"),
        (
            "Beta-glucans from barley contribute to the maintenance of normal blood cholesterol levels.",
            "POL-HC-6330", "Beta-glucans"
        ),
        (
            "Copper is one of the minerals that contribute to normal energy-yielding metabolism.",
            "POL-HC-6358", "Copper"
        ),
        (
            "Replacing saturated fats with unsaturated fats contributes to normal blood cholesterol levels.",
            "POL-HC-6422", "unsaturated fats"
        ),
        ("DHA helps to maintain normal vision.", "POL-HC-6367", "DHA"),
    ])
    func aFaithfulParaphraseIsAuthorised(_ text: String, _ entry: String, _ substance: String) {
        Self.expectAuthorised(text, entry, substance)
    }

    /// `text` is the authorised claim `entry` (Art 13(1)) for `substance`, and nothing else.
    static func expectAuthorised(_ text: String, _ entry: String, _ substance: String) {
        let found = Self.eu(text)
        #expect(
            found.map(\.rule) == ["eu-authorised-health-claim"], "\(text): \(found.map(\.message))")
        #expect(
            found.first?.message.hasPrefix(
                "authorised health claim (\(entry), Art 13(1)) for '\(substance)'") == true,
            "\(found.map(\.message))")
    }

    /// A verb for the register's noun of action ("absorb" for "absorption", "form" for
    /// "formation", WordNet's derivations), or a lay word or phrasal verb for it (the reviewed
    /// overlay of `.ci/derive-eu-register`: "take up" for "absorption", "speed up" for
    /// "acceleration"), says the authorised relationship.
    @Test(arguments: [
        ("Vitamin C helps your body absorb iron.", "POL-HC-6514", "Vitamin C"),
        ("Zinc helps your body metabolise carbohydrates normally.", "POL-HC-6532", "Zinc"),
        ("Vitamin C helps your body take up iron.", "POL-HC-6514", "Vitamin C"),
        ("Lactulose helps speed up intestinal transit.", "POL-HC-6398", "Lactulose"),
    ])
    func aVerbSaysTheWordingsNounOfAction(_ text: String, _ entry: String, _ substance: String) {
        Self.expectAuthorised(text, entry, substance)
    }

    /// A word of the same WordNet sense as the wording's state noun, or an adjective WordNet
    /// files as similar to the noun's adjective ("knackered", "played out", "burnt out" beside
    /// "tired"; `wordnet_synonyms` of `.ci/derive-eu-register`), says the authorised
    /// relationship.
    @Test(arguments: [
        ("Folate helps cut down that knackered feeling.", "POL-HC-6376", "Folate"),
        ("Vitamin B12 helps you feel less played out by Friday.", "POL-HC-6488", "Vitamin B12"),
        ("Vitamin C helps you feel less burnt out.", "POL-HC-6512", "Vitamin C"),
    ])
    func aWordNetSynonymOfTheWordingsStateSaysIt(
        _ text: String, _ entry: String, _ substance: String
    ) {
        Self.expectAuthorised(text, entry, substance)
    }

    /// A noun the wording's relational adjective pertains to (WordNet's pertainym: "mind" of
    /// "mental", "intestine" of "intestinal", "mucus" of "mucous"; `.ci/derive-eu-register`)
    /// says the authorised relationship.
    @Test(arguments: [
        ("Pantothenic acid helps your mind perform normally.", "POL-HC-6433", "Pantothenic acid"),
        ("Lactulose speeds up transit through your intestines.", "POL-HC-6398", "Lactulose"),
        ("Niacin helps keep your mucus membranes normal.", "POL-HC-6426", "Niacin"),
    ])
    func aNounOfTheWordingsAdjectiveSaysIt(_ text: String, _ entry: String, _ substance: String) {
        Self.expectAuthorised(text, entry, substance)
    }

    /// The register's nouns of making are one ("formation", "production", "synthesis", "the
    /// making of"), a Latinate one is the thing made and its making ("spermatogenesis": sperm
    /// production), a membrane lining the body is said by its lay names ("linings", "mucosa"),
    /// and "function" by the verbs WordNet gives it beside "normally" ("work normally";
    /// `making_synonyms` and the overlay of `.ci/derive-eu-register`).
    @Test(arguments: [
        ("Folate contributes to normal blood production.", "POL-HC-6372", "Folate"),
        ("Zinc contributes to normal DNA production.", "POL-HC-6530", "Zinc"),
        (
            "Iron contributes to the normal making of red blood cells and haemoglobin.",
            "POL-HC-6392", "Iron"
        ),
        ("Selenium contributes to normal sperm production.", "POL-HC-6460", "Selenium"),
        ("Riboflavin helps keep your mucosa normal.", "POL-HC-6452", "Riboflavin"),
        ("Potassium helps your muscles work normally.", "POL-HC-6444", "Potassium"),
    ])
    func aLayNameOfTheWordingsNounSaysIt(_ text: String, _ entry: String, _ substance: String) {
        Self.expectAuthorised(text, entry, substance)
    }

    /// MeSH's name of a process the wording writes with a participle between its words ("normal
    /// energy-yielding metabolism": MeSH's Energy Metabolism; rule P1 of
    /// `.ci/derive-eu-register`) says the authorised relationship.
    @Test func meshsNameOfAProcessSaysTheWordingWithItsParticiple() {
        Self.expectAuthorised(
            "Magnesium helps keep your energy metabolism working normally.", "POL-HC-6403",
            "Magnesium")
    }

    /// A word describing a health aspect just after it is the state claimed for it, more than
    /// a normal function: unauthorised ("keeps your brain sharp"), however the aspect is named.
    @Test(arguments: [
        "Zinc keeps your brain sharp.",
        "Zinc keeps your mind young.",
        "Biotin keeps your skin soft and radiant.",
    ])
    func aStateOfTheAspectIsMoreThanNormal(_ text: String) {
        #expect(Self.eu(text).map(\.rule) == ["unauthorised-health-claim"], "\(text)")
    }

    /// A lay name of what the wording names (MeSH's entry terms: "blood sugar" for "blood
    /// glucose") says the authorised relationship; a claim beyond it stays unauthorised.
    @Test func aLayNameSaysTheWordingsTerm() {
        let text = "Chromium contributes to the maintenance of normal blood sugar levels."
        let found = Self.eu(text)
        #expect(
            found.map(\.rule) == ["eu-authorised-health-claim"], "\(found.map(\.message))")
        #expect(
            found.first?.message.hasPrefix(
                "authorised health claim (POL-HC-6356, Art 13(1)) for 'Chromium'") == true,
            "\(found.map(\.message))")
        #expect(
            Self.eu("Chromium melts away blood sugar spikes.").map(\.rule) == [
                "unauthorised-health-claim"
            ])
    }

    /// MeSH's lay names are American ("skin color"); the same name written the British way
    /// says the wording too (rule S1 of `.ci/derive-eu-register`: WordNet's "colour", a noun
    /// with "color"'s own senses).
    @Test func aLayNameInBritishSpellingSaysTheWordingsTerm() {
        Self.expectAuthorised(
            "Copper helps keep the skin colour normal.", "POL-HC-6362", "Copper")
    }

    /// An Article 14 wording's second sentence is the neighbour naming the risk factor; a
    /// product line before the effect sentence is no part of it.
    @Test func anArticle14WordingAfterAProductLine() {
        let text =
            "Stone-milled wholegrain barley porridge, sold in a 1 kg recyclable paper sack from "
            + "our Devon mill; each 50 g serving provides 3 g of barley beta-glucans. Barley "
            + "beta-glucans has been shown to lower/reduce blood cholesterol. High cholesterol is "
            + "a risk factor in the development of coronary heart disease."
        let found = Self.eu(text)
        #expect(found.map(\.rule) == ["eu-authorised-health-claim"], "\(found.map(\.message))")
    }

    /// An authorised Article 14(1)(a) wording names a disease and its risk factor by law:
    /// joined into one sentence, its words are no disease claim when checking for the EU alone
    /// (`Checker.candidates`); under the US market the disease reading stands.
    @Test func anArticle14WordingInOneSentenceIsNoDiseaseClaim() {
        for text in [
            "Oat beta-glucan has been shown to reduce blood cholesterol; high cholesterol is a risk factor in the development of coronary heart disease.",
            "Plant stanol esters have been shown to lower blood cholesterol, and high cholesterol is a risk factor in the development of coronary heart disease.",
        ] {
            let errors = Fixtures.check(text + "\n", market: .eu).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map(\.rule))")
            #expect(Self.eu(text).map(\.rule) == ["eu-authorised-health-claim"], "\(text)")
        }
        let us = Fixtures.check(
            "Oat beta-glucan has been shown to reduce blood cholesterol; high cholesterol is a "
                + "risk factor in the development of coronary heart disease.\n", market: .us)
        #expect(us.contains { $0.rule == "implied-abnormal-normalised" })
    }

    /// The copy's lead-in before the substance says what the product is, not what the
    /// substance does: an authorised wording after it is still authorised. A lead-in that names
    /// aspects of health ("bones, joints, liver and memory") is part of the claim.
    @Test func aLeadInNamingNoHealthAspectLeavesTheWordingAuthorised() {
        for text in [
            "Lemon-flavour fizzy tablets: vitamin C contributes to the normal function of the immune system.",
            "Try our crunchy oat crackers, whose oat beta-glucan contributes to the maintenance of normal blood cholesterol levels.",
        ] {
            #expect(Self.eu(text).map(\.rule) == ["eu-authorised-health-claim"], "\(text)")
        }
        let claim =
            "For your bones, joints, liver and memory: vitamin E contributes to the protection of cells from oxidative stress."
        #expect(Self.eu(claim).map(\.rule) == ["unauthorised-health-claim"], "\(claim)")
    }

    /// The circumstances copy adds anywhere (when, how long, in what product: words that name no
    /// health aspect and say nothing else of health) leave an authorised wording authorised, and
    /// an adjective reads as the register's noun of its quality ("elastic" as "elasticity",
    /// WordNet). A disease or a verb of effect added to the wording is no circumstance: the
    /// claim says more than the register authorises.
    @Test(arguments: [
        (
            "Vitamin D contributes to the maintenance of normal bones, in a handy once-a-week tablet.",
            "eu-authorised-health-claim"
        ),
        (
            "Our chocolate's cocoa flavanols help blood vessels stay elastic, which contributes to normal blood flow.",
            "eu-authorised-health-claim"
        ),
        (
            "Zinc contributes to normal cognitive function and clears acne in days.",
            "unauthorised-health-claim"
        ),
        (
            "Vitamin C contributes to the normal function of the immune system and fights infections.",
            "unauthorised-health-claim"
        ),
    ])
    func circumstancesLeaveTheWordingAuthorised(_ text: String, _ rule: String) {
        let found = Self.eu(text)
        #expect(found.map(\.rule) == [rule], "\(text): \(found.map(\.message))")
    }

    /// A vitamin's code without the word "vitamin" ("B6", "D3") names it; a letter alone does not.
    @Test func aVitaminCodeNamesTheVitamin() {
        let found = Self.eu("B6 contributes to the regulation of hormonal activity.")
        #expect(found.map(\.rule) == ["eu-authorised-health-claim"], "\(found.map(\.message))")
        let entry = "authorised health claim (POL-HC-6499, Art 13(1)) for 'B6'"
        #expect(found.first?.message.hasPrefix(entry) == true, "\(found.map(\.message))")
        #expect(
            SubstanceCatalog.codes(["vitamin d", "vitamin d3", "d3", "vitamin b12", "vitamin c"])
                == ["b12"])
    }

    /// A claim whose subject is something the reader does is about no product.
    @Test(arguments: [
        "Jogging three times a week is good for your mood.",
        "Stand up every hour to keep your back healthy.",
        "Gardening at the weekend keeps your mind calm.",
    ])
    func anActivityIsNoProductClaim(_ text: String) {
        #expect(Self.eu(text).isEmpty, "\(text): \(Self.eu(text).map(\.message))")
    }

    /// A thing the register and `substances.yaml` do not know is still an ingredient.
    @Test func anUnknownIngredientIsStillAClaim() {
        #expect(
            Self.eu("Mucuna supports your mood and motivation.").map(\.rule) == [
                "unauthorised-health-claim"
            ])
    }

    /// A claim beyond an authorised wording stays unauthorised: "nerves" is the register's
    /// "nervous system" only beside the claim frame's normal (the overlay's "nerves (beside
    /// normal, normally)"), so "steadies your nerves" is not "normal functioning of the nervous
    /// system", and neither is a feeling of calm said with the nerves.
    @Test func aClaimBeyondTheWordingStaysUnauthorised() {
        for text in [
            "Vitamin B6 steadies your nerves before a big exam.",
            "Magnesium calms frayed nerves at the end of a long shift.",
            "Vitamin B12 gives you nerves of steel for the final.",
        ] {
            #expect(Self.eu(text).map(\.rule) == ["unauthorised-health-claim"], "\(text)")
        }
    }

    /// The nerves whose normal working copy speaks of are the register's nervous system
    /// (WordNet nerve sense 1, a fiber bundle, a part of the nervous system; the overlay of
    /// `.ci/derive-eu-register` reads "nerves" so beside "normal" or "normally").
    @Test(arguments: [
        ("Niacin helps the nerves in your body work normally.", "POL-HC-6425", "Niacin"),
        ("Copper plays its part in keeping your nerves working normally.", "POL-HC-6359", "Copper"),
        (
            "Wholegrain bread gives you thiamine, which supports the normal running of your nerves.",
            "POL-HC-6473", "thiamine"
        ),
    ])
    func theNervesWorkingNormallyAreTheNervousSystem(
        _ text: String, _ entry: String, _ substance: String
    ) {
        Self.expectAuthorised(text, entry, substance)
    }

    /// The register's making ("formation", "production", "synthesis") said with the everyday
    /// verb beside the claim frame's normal (WordNet make sense 6: produce, make, create; the
    /// overlay's "make (beside normal, normally)") says the authorised relationship.
    @Test(arguments: [
        ("Iodine helps your thyroid make its hormones normally.", "POL-HC-6389", "Iodine"),
        ("Vitamin C helps your body make collagen for normal skin.", "POL-HC-6505", "Vitamin C"),
    ])
    func theVerbMakeBesideNormalSaysTheWordingsMaking(
        _ text: String, _ entry: String, _ substance: String
    ) {
        Self.expectAuthorised(text, entry, substance)
    }

    /// An Article 14(1)(a) wording is said whoever the copy says it for: its population (the
    /// words for whom that its conditions of use say too: "men and women 60 years of age and
    /// older") is no part of the risk it reduces, so a loose one ("the over-65s", "in later
    /// life") or none leaves it authorised; a risk the register does not name stays refused.
    @Test func anArticle14WordingWithItsPopulationToldLoosely() {
        for text in [
            "For the over-65s in your family: vitamin D helps to reduce the risk of falling associated with postural instability and muscle weakness. Falling is a risk factor for bone fractures.",
            "Vitamin D helps to reduce the risk of falling associated with postural instability and muscle weakness; falling is a risk factor for bone fractures in later life.",
        ] {
            let found = Self.eu(text)
            #expect(
                found.map(\.rule).contains("eu-authorised-health-claim"),
                "\(text): \(found.map(\.message))")
            #expect(
                Fixtures.check(text + "\n", market: .eu).allSatisfy { $0.severity != .error },
                "\(text)")
        }
        #expect(
            Self.eu("Vitamin D reduces the risk of hip fractures in the over-60s.").map(\.rule)
                == ["eu-risk-reduction-claim"])
    }

    /// Two words the register joins with a slash are alternatives ("normal
    /// absorption/utilisation of calcium and phosphorus"): copy that says one of them says the
    /// authorised relationship.
    @Test func aSlashJoinsAlternatives() {
        let found = Self.eu("Vitamin D contributes to the normal absorption of calcium.")
        #expect(found.map(\.rule) == ["eu-authorised-health-claim"], "\(found.map(\.message))")
        #expect(
            found.first?.message.hasPrefix(
                "authorised health claim (POL-HC-6515, Art 13(1)) for 'Vitamin D'") == true,
            "\(found.map(\.message))")
        #expect(
            RegisterMatcher.alternatives("normal absorption/utilisation of calcium") == [
                "normal absorption of calcium", "normal utilisation of calcium",
            ])
        #expect(
            RegisterMatcher.alternatives("intensive and/or long-lasting") == [
                "intensive and/or long-lasting"
            ])
        #expect(RegisterMatcher.alternatives("8-12 g sugars/100 ml") == ["8-12 g sugars/100 ml"])
    }
}
