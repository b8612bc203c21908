import EvidentCheck
import EvidentModel
import Testing

/// Matching copy to claims by meaning, one principle per test, with wordings no evaluation set
/// uses: what a negation denies, a source named as the form of a substance, a source without
/// its substance, the body part or function a condition is named after, directions, and the
/// substance a clause inherits from its sentence.
struct ClaimMeaningTests {
    static func claim(
        _ id: String, _ statement: String, subjects: [String] = ["vitamin K2"],
        keywords: [String] = []
    ) -> ClaimAssessment {
        ClaimMatchingTests.assessment(
            id, statement, verdict: .weak, certainty: .low, subjects: subjects,
            keywords: keywords)
    }

    static let claims = [
        claim("k2-denser-bones", "Vitamin K2 increases bone mineral density."),
        claim("k2-is-safe", "Clinical trials have confirmed that vitamin K2 is safe."),
        claim("yolks-rich-in-k2", "Egg yolks are rich in vitamin K2."),
        claim("natto-rich-in-k2", "Natto (fermented soybeans) is a food rich in vitamin K2."),
        claim("cheese-rich-in-k2", "Certain cheeses are rich in vitamin K2."),
        claim("k2-lowers-blood-pressure", "Vitamin K2 lowers blood pressure."),
        claim(
            "fish-oil-lowers-blood-pressure", "Fish oil lowers blood pressure.",
            subjects: ["fish oil"]),
        claim("k2-prevents-fractures", "Vitamin K2 prevents fractures."),
        claim(
            "fish-oil-prevents-dementia", "Fish oil prevents dementia.", subjects: ["fish oil"]),
        claim(
            "sardines-richest-in-epa", "Sardines are the richest food source of EPA.",
            subjects: ["EPA"]),
        claim("k2-made-by-gut-bacteria", "Vitamin K2 is made by gut bacteria."),
        claim("k2-prevents-heart-disease", "Vitamin K2 prevents heart disease."),
        claim(
            "eu-approved-k2-2007",
            "The European Union approved vitamin K2 for food fortification in 2007."),
        claim(
            "k2-reduces-calcification",
            "Vitamin K2 reduces the risk of blood-vessel calcification."),
        claim("k2-moves-calcium", "Vitamin K2 moves calcium out of vessel walls into bone."),
        claim(
            "k1-lacks-bone-activity", "Vitamin K1 lacks the activity of moving calcium into bone.",
            subjects: ["vitamin K1"]),
    ]

    static let checker = Checker(book: Fixtures.book, assessments: claims)

    /// Whether a sentence links `claim` and says it (not its denial).
    static func affirms(_ text: String, _ claim: String) -> Bool {
        guard let match = checker.explain(text) else { return false }
        return match.claimID.rawValue == claim && !match.polarityDiffers
    }

    /// Whether a sentence links no claim, or only one it opposes (a denial).
    static func deniesEveryClaim(_ text: String) -> Bool {
        let match = checker.explain(text)
        return match == nil || match?.polarityDiffers == true
    }

    /// A sentence opening with a negative imperative gives an instruction; it denies nothing.
    @Test func aNegativeImperativeDeniesNothing() throws {
        let match = try #require(
            Self.checker.explain("Don't bin the yolks: they carry plenty of MK-4."))
        #expect(match.claimID.rawValue == "yolks-rich-in-k2")
        #expect(!match.polarityDiffers)
    }

    /// "No" a few words before a concept that names an absence is part of it; "not" still
    /// denies what the sentence says.
    @Test func anAbsenceBeforeSafetyIsSafety() throws {
        let match = try #require(
            Self.checker.explain("Menaquinone-7 comes with no troublesome side effects."))
        #expect(match.claimID.rawValue == "k2-is-safe")
        #expect(!match.polarityDiffers)
        #expect(match.matchedTerms.contains("safety"))
        #expect(Self.deniesEveryClaim("Menaquinone-7 is not safe for everyone."))
    }

    /// A food named right before the substance says which form is meant ("natto-based MK-7"):
    /// the sentence is about what the substance does, not about the food.
    @Test func aSourceBeforeTheSubstanceIsItsForm() throws {
        let match = try #require(
            Self.checker.explain("Our natto-based MK-7 builds denser bones."))
        #expect(match.claimID.rawValue == "k2-denser-bones")
        #expect(!match.matchedTerms.contains("natto"))
        // Named as a source of the substance, the food is what the sentence is about.
        let food = try #require(Self.checker.explain("Natto supplies a lot of menaquinone."))
        #expect(food.claimID.rawValue == "natto-rich-in-k2")
    }

    /// A food says nothing about a claim when the sentence does not name the substance.
    @Test func aSourceWithoutTheSubstanceLinksNothing() {
        for text in [
            "Sprinkle the grated cheese over the pasta and serve.",
            "Whisk the yolks with sugar until pale.",
        ] {
            #expect(Self.checker.explain(text) == nil, "\(text)")
        }
    }

    /// A condition named after a function is about that function ("high blood pressure" is
    /// about blood pressure), and "down" is a direction.
    @Test func aConditionIsAboutTheFunctionItNames() throws {
        let match = try #require(
            Self.checker.explain("Menatetrenone helps bring stubbornly high blood pressure down."))
        #expect(match.claimID.rawValue == "k2-lowers-blood-pressure")
        #expect(match.matchedTerms.contains("blood-pressure"))
        #expect(match.matchedTerms.contains("decrease"))
    }

    /// A clause that names no substance is about the substance its sentence names.
    @Test func aClauseInheritsItsSentencesSubstance() throws {
        let findings = Fixtures.check(
            "Calms high blood pressure the gentle way, with a single MK-7 softgel each morning.",
            assessments: Self.claims)
        let named = findings.compactMap(\.claimID).map(\.rawValue)
        #expect(!named.isEmpty)
        #expect(named.allSatisfy { $0 == "k2-lowers-blood-pressure" }, "\(named)")
    }

    /// A harm negated is a harm absent, which is what preventing it means: "no", "without" or a
    /// negator right before a harm (a fracture, a disease of the vocabulary) denies nothing; a
    /// verb between them keeps the denial.
    @Test func aNegatedHarmIsPrevention() throws {
        for text in [
            "Ankles that won't fracture on the tennis court, thanks to menaquinone.",
            "With menaquinone-7, no more broken bones.",
        ] {
            let match = try #require(Self.checker.explain(text), "\(text)")
            #expect(match.claimID.rawValue == "k2-prevents-fractures", "\(text)")
            #expect(!match.polarityDiffers, "\(text)")
        }
        let disease = try #require(
            Self.checker.explain("Fish oil every morning and no dementia in your eighties."))
        #expect(disease.claimID.rawValue == "fish-oil-prevents-dementia")
        #expect(!disease.polarityDiffers)
        #expect(Self.deniesEveryClaim("Menaquinone does not prevent fractures."))
    }

    /// A bare "not" negates the phrase after it and contrasts it with what the sentence says;
    /// a clause is denied through an auxiliary ("does not", "isn't", "won't").
    @Test func aContrastingNotDeniesNothing() {
        #expect(
            Self.affirms(
                "MK-4 raises bone mineral density, not blood pressure.", "k2-denser-bones"))
        #expect(
            Self.affirms(
                "Sardines, not salmon, are the richest food source of EPA.",
                "sardines-richest-in-epa"))
        for text in [
            "Menaquinone does not raise bone mineral density.",
            "Menaquinone isn't raising bone mineral density.",
            "Menaquinone is also not raising bone mineral density.",
        ] {
            #expect(Self.deniesEveryClaim(text), "\(text)")
        }
    }

    /// A negator before a verb of coming to have a harm ("get", "develop", "suffer") names the
    /// harm's absence, as one right before it does; another verb keeps the denial.
    @Test func notComingToHaveAHarmIsPrevention() {
        for text in [
            "People on fish oil don't develop dementia.",
            "Fish oil, and you'll never suffer from dementia.",
            "On fish oil, you won't catch dementia.",
        ] {
            #expect(Self.affirms(text, "fish-oil-prevents-dementia"), "\(text)")
        }
        #expect(Self.deniesEveryClaim("Fish oil does not stop dementia."))
    }

    /// A year dates an event: a sentence naming a claim's year says more of it than one that
    /// does not; a number before a unit of a dose is an amount, not a year.
    @Test func aYearDatesTheClaim() throws {
        let dated = try #require(
            Self.checker.explain("In 2007, Brussels cleared menaquinone for fortified foods."))
        #expect(dated.claimID.rawValue == "eu-approved-k2-2007")
        #expect(dated.matchedTerms.contains("2007"))
        let other = Self.checker.explain(
            "In 2013, Brussels cleared menaquinone for fortified foods.")
        #expect((other?.score ?? 0) < dated.score)
        let amount = Self.checker.explain("A 2007 mcg menaquinone dose for fortified foods.")
        #expect(amount.map { !$0.matchedTerms.contains("2007") } ?? true)
    }

    /// A head shared by coordinated words names a condition for each ("heart and lung
    /// disease" is heart disease too).
    @Test func aSharedHeadNamesEachCondition() throws {
        let both = try #require(
            Self.checker.explain("Menaquinone wards off heart and lung disease."))
        #expect(both.claimID.rawValue == "k2-prevents-heart-disease")
        #expect(both.matchedTerms.contains("MESH:D006331"), "\(both.matchedTerms)")
        let lung = Self.checker.explain("Menaquinone wards off lung disease.")
        #expect(!(lung?.matchedTerms.contains("MESH:D006331") ?? false))
    }

    /// "Without" names its object absent; it denies nothing the sentence's verb says.
    @Test func withoutDeniesNothing() {
        #expect(
            Self.affirms(
                "Menaquinone builds denser bones, even without exercise.", "k2-denser-bones"))
        #expect(Self.deniesEveryClaim("Menaquinone does not build denser bones."))
    }

    /// A negation that a comparison completes compares ("no food has more … than"): it says
    /// which is first, it does not deny.
    @Test func aNegatedComparisonDeniesNothing() {
        #expect(
            Self.affirms(
                "No food source packs more EPA than a tin of sardines.",
                "sardines-richest-in-epa"))
    }

    /// A question that opens with a factive verb of knowing takes what follows as true: it is
    /// matched as a statement. Another question is not.
    @Test func aFactiveQuestionStates() throws {
        let findings = Fixtures.check(
            "Did you know that microbes in your gut turn out menaquinone?",
            assessments: Self.claims)
        #expect(findings.contains { $0.claimID?.rawValue == "k2-made-by-gut-bacteria" })
        let asked = Fixtures.check(
            "Can microbes in your gut turn out menaquinone?", assessments: Self.claims)
        #expect(!asked.contains { $0.claimID != nil })
    }

    /// A verb of breaking with a bone or a fracture site beside it names a fracture, as
    /// "broken hip" does (`@breaking-verb`, `@fracture-site`: WordNet and MeSH); with no body
    /// part beside it, it breaks something else.
    @Test func aBreakingVerbBesideABoneIsAFracture() throws {
        for text in [
            "On menaquinone, a slip on the stairs won't shatter your kneecap.",
            "Thanks to MK-7, her ribs didn't crack when she fell off the ladder.",
            "Menaquinone makes it less likely that a tumble snaps a femur or a collarbone.",
        ] {
            #expect(Self.affirms(text, "k2-prevents-fractures"), "\(text)")
        }
        for text in [
            "Crack two eggs and stir in the menaquinone powder.",
            "Our menaquinone drops won't break the bank.",
        ] {
            #expect(
                Self.checker.explain(text)?.claimID.rawValue != "k2-prevents-fractures",
                "\(text)")
        }
    }

    /// WordNet's bones (rule S3 of `.ci/craft/derive-fracture.py`: the nouns whose first sense
    /// is a bone) are fracture sites too, so a vertebra or a shinbone that cracks is a
    /// fracture; a word whose first sense is something else ("hammer") is not a bone.
    @Test func wordNetBonesAreFractureSites() throws {
        for text in [
            "With MK-4 a fall on the stairs is less likely to crack a vertebra.",
            "Menaquinone, so a tumble on the pitch doesn't snap your shinbone.",
        ] {
            #expect(Self.affirms(text, "k2-prevents-fractures"), "\(text)")
        }
        #expect(
            Self.checker.explain("Don't crack the hammer on the menaquinone jar.")?.claimID
                .rawValue != "k2-prevents-fractures")
    }

    /// A finding's clause (a few words around it) is read to the end of a phrase it cuts:
    /// "Clinical tests have found vitamin", cut from "… vitamin K2 to be safe", shares only the
    /// word "vitamin" with a claim that vitamin K2 is a fat-soluble vitamin; read whole, the
    /// clause names vitamin K2 and its evidence, and the finding names the safety claim.
    @Test func aClauseTakesAPhraseWhole() throws {
        let claims =
            Self.claims + [
                Self.claim(
                    "k2-is-fat-soluble", "Vitamin K2 (menaquinone) is a fat-soluble vitamin.")
            ]
        let findings = Fixtures.check(
            "Clinical tests have found vitamin K2 to be safe.", assessments: claims)
        let named = findings.compactMap { $0.claimID?.rawValue }
        #expect(findings.contains { $0.rule == "unproven-establishment-claim" })
        #expect(!named.isEmpty)
        #expect(named.allSatisfy { $0 == "k2-is-safe" }, "\(named)")
    }

    /// "Keep X from" says X does not come to do it: prevention, as "reduces the risk of" says.
    @Test func keepingFromIsPrevention() throws {
        let match = try #require(
            Self.checker.explain("MK-4 keeps calcium from clogging the walls of your veins."))
        #expect(match.claimID.rawValue == "k2-reduces-calcification")
    }

    /// "Lack" denies its object, as "cannot" denies its verb: the claim that K1 lacks an
    /// activity and copy saying K1 cannot do it agree.
    @Test func lackingDenies() throws {
        #expect(
            Self.affirms(
                "Phylloquinone can't steer calcium into the skeleton.", "k1-lacks-bone-activity"))
        let opposite = try #require(
            Self.checker.explain("Phylloquinone steers calcium into the skeleton."))
        #expect(opposite.claimID.rawValue == "k1-lacks-bone-activity")
        #expect(opposite.polarityDiffers)
    }

    /// A concept's name made of its body part and a head is said apart too ("the density of
    /// my bones" is bone density), with only small words between; another word between, and
    /// it is not ("bone broth has a dense texture").
    @Test func aHeadApartFromItsBodyPartNamesTheConcept() throws {
        #expect(
            Self.affirms(
                "After a year of MK-4, the density of my bones was up.", "k2-denser-bones"))
        let reading = Self.checker.explain("MK-4 bone broth has a dense, rich texture.")
        #expect(!(reading?.matchedTerms.contains("bone mineral density") ?? false))
    }

    /// The product's form, a time span and a spelled-out number say nothing against a claim.
    @Test func theVehicleAndTheTimeSayNothingAgainstAClaim() {
        #expect(
            Self.affirms(
                "Twelve weeks of menaquinone softgels and my bones grew denser.",
                "k2-denser-bones"))
    }

    /// A quantifier of the greater part ("the majority of", "most of") says what "mainly" says.
    @Test func theGreaterPartIsPredominance() throws {
        let checker = Checker(
            book: Fixtures.book,
            assessments: Self.claims + [
                Self.claim(
                    "mk7-mainly-from-natto", "The MK-7 form of vitamin K2 comes mainly from natto.")
            ])
        let match = try #require(checker.explain("The majority of our MK-7 comes from natto."))
        #expect(match.claimID.rawValue == "mk7-mainly-from-natto")
        // "All" under an adverb that stops short of it is the greater part too.
        let almost = try #require(
            checker.explain("Virtually all of the MK-7 in our capsules comes from natto."))
        #expect(almost.claimID.rawValue == "mk7-mainly-from-natto")
    }

    /// "Does nothing to" denies the verb after it, as "does not" does.
    @Test func doingNothingDenies() {
        #expect(
            Self.affirms(
                "Phylloquinone does nothing to move calcium into the skeleton.",
                "k1-lacks-bone-activity"))
    }

    /// "Keep X away" says X does not come near: prevention, as "keep X from" says.
    @Test func keepingAwayIsPrevention() {
        #expect(
            Self.affirms(
                "One MK-7 softgel a day keeps heart disease away.", "k2-prevents-heart-disease"))
    }

    /// An everyday word says less than a rare one (WordNet's tag counts): a claim said among
    /// everyday words is still said, and more closely than among as many rare words.
    @Test func everydayWordsSayLittle() throws {
        let everyday = try #require(
            Self.checker.explain(
                "Take it from a man who has seen a lot of years: my daily MK-7 guards against "
                    + "heart disease."))
        #expect(everyday.claimID.rawValue == "k2-prevents-heart-disease")
        let rare = Self.checker.explain(
            "Tapirs, ocelots, marmosets, kinkajous and quokkas: my daily MK-7 guards against "
                + "heart disease.")
        #expect(everyday.score > (rare?.score ?? 0), "\(everyday.score) \(rare?.score ?? 0)")
    }

    /// A sentence that names no substance makes a claim only when it says something is done
    /// (an action or a direction): the topic alone ("a blood pressure monitor") is no claim.
    @Test func aTopicWithoutAnActionIsNoClaim() throws {
        #expect(
            Self.checker.explain(
                "Our blood pressure monitor shows systolic and diastolic readings in big digits.")
                == nil)
        let lowered = try #require(Self.checker.explain("Lowers blood pressure the natural way."))
        #expect(lowered.claimID.rawValue.hasSuffix("lowers-blood-pressure"))
    }

    /// A negated verb of causing before a concept that names an absence names it absent:
    /// "hasn't caused any side effects" says what "no side effects" says; "is not safe" still
    /// denies.
    @Test func notCausingSideEffectsIsSafety() {
        #expect(
            Self.affirms(
                "In three years of trials, MK-7 never caused any serious side effects.",
                "k2-is-safe"))
        #expect(Self.deniesEveryClaim("MK-7 is not safe at high doses."))
    }

    /// "Most" as the determiner of a substance says the greater part of it, as "most of" does.
    @Test func mostBeforeASubstanceIsPredominance() throws {
        let checker = Checker(
            book: Fixtures.book,
            assessments: Self.claims + [
                Self.claim(
                    "mk7-mainly-from-natto", "The MK-7 form of vitamin K2 comes mainly from natto."),
                Self.claim("natto-has-mk7", "Natto is a food rich in MK-7."),
            ])
        let match = try #require(checker.explain("Most MK-7 sold today is made from natto."))
        #expect(match.claimID.rawValue == "mk7-mainly-from-natto")
    }

    /// After make, let or help and its object, a bare infinitive follows: "let the blood clot"
    /// is clotting, a function, not a clot; the harm stays a harm after other verbs.
    @Test func anObjectAndItsBareInfinitiveAreNotTheHarm() throws {
        let checker = Self.checker(adding: [
            Self.claim(
                "k1-mainly-clotting", "Vitamin K1 is primarily involved in blood clotting.",
                subjects: ["vitamin K1"]),
            Self.claim(
                "k1-no-thrombosis", "Vitamin K1 does not cause thrombosis.",
                subjects: ["vitamin K1"]),
        ])
        let verb = try #require(
            checker.explain("Phylloquinone chiefly exists to let the blood clot after a graze."))
        #expect(verb.claimID.rawValue == "k1-mainly-clotting")
        #expect(verb.matchedTerms.contains("blood-clotting"))
        let noun = checker.explain("Phylloquinone will not give you a blood clot.")
        #expect(noun?.claimID.rawValue != "k1-mainly-clotting")
    }

    /// What an event ends in is what it comes to: a negator before "end in" and a harm names
    /// the harm absent, as "won't get" does; "end" with an object stops it and still denies.
    @Test func notEndingInAHarmIsPrevention() {
        #expect(
            Self.affirms(
                "With menaquinone-7, a missed step need not end in a broken ankle.",
                "k2-prevents-fractures"))
        #expect(Self.deniesEveryClaim("Menaquinone-7 will not end fractures for good."))
    }

    /// A comparative quantifier inside a verb and its object ("shed more water") is the
    /// concept's name, with the direction it says.
    @Test func aQuantifierInsideAVerbAndItsObjectKeepsTheName() throws {
        let checker = Self.checker(adding: [
            Self.claim("k2-diuretic", "Vitamin K2 has a diuretic effect.")
        ])
        let match = try #require(checker.explain("By evening, MK-4 users shed more water."))
        #expect(match.claimID.rawValue == "k2-diuretic")
        #expect(match.matchedTerms.contains("diuresis"))
    }

    /// "Reason", "root of" and "cause of" name one concept, the cause of a condition: a claim
    /// about what brings a disease about ranks above one about treating it.
    @Test func aReasonIsACause() throws {
        let checker = Self.checker(adding: [
            Self.claim("k2-root-cause", "Vitamin K2 addresses the root cause of osteoporosis."),
            Self.claim("k2-treats-osteoporosis", "Vitamin K2 treats and prevents osteoporosis."),
        ])
        let match = try #require(
            checker.explain("MK-7 works on the reason osteoporosis starts in the first place."))
        #expect(match.claimID.rawValue == "k2-root-cause")
        #expect(match.matchedTerms.contains("cause"))
        let treats = try #require(checker.explain("MK-7 treats osteoporosis."))
        #expect(treats.claimID.rawValue == "k2-treats-osteoporosis")
    }

    /// To decrease the likelihood of a harm is to prevent it: "lowers the odds of", "lower
    /// your chances of" read as "reduce the risk of"; a decrease of a measure stays a decrease.
    @Test func decreasingTheLikelihoodIsPrevention() throws {
        let checker = Self.checker(adding: [
            Self.claim("k2-moves-calcium-away", "Vitamin K2 moves calcium out of vessel walls."),
            Self.claim(
                "k2-lowers-calcification-risk",
                "Vitamin K2 reduces the risk of blood-vessel calcification."),
        ])
        let match = try #require(
            checker.explain("MK-7 lowers the odds of calcium deposits forming in your arteries."))
        #expect(match.claimID.rawValue == "k2-lowers-calcification-risk")
        // Shown as the claims first write the concept ("prevents").
        #expect(match.matchedTerms.contains { $0.hasPrefix("prevent") })
        let pressure = try #require(checker.explain("MK-7 lowers your blood pressure."))
        #expect(!pressure.matchedTerms.contains { $0.hasPrefix("prevent") })
    }

    /// A checker of `claims` and `extra`.
    static func checker(adding extra: [ClaimAssessment]) -> Checker {
        Checker(book: Fixtures.book, assessments: claims + extra)
    }
}
