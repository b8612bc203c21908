import EvidentCheck
import EvidentModel
import Testing

/// Claims made without naming a disease: a lab value or body function moved back into range, a
/// mechanism standing for a cure, a damaged organ repaired, a habit quit, a drug given up, a
/// condition inside a product name or a hashtag. Wordings that keep a value already within the
/// normal range are lawful.
struct ClaimGrammarTests {
    static func diseaseErrors(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter {
            $0.severity == .error && $0.category == .diseaseClaim
        }.map(\.rule)
    }

    @Test(arguments: [
        ("Brings your systolic pressure down by 15 points.", "biomarker-claim"),
        ("Normalises liver enzymes within a month.", "biomarker-claim"),
        ("Makes your body sensitive to insulin again.", "biomarker-claim"),
        ("Keeps blood sugar spikes in check after meals.", "biomarker-claim"),
        ("Rebuilds worn-out cartilage in your knees.", "disease-claim"),
        ("Calms an immune system that is attacking your joints.", "disease-claim"),
        ("Helps you stop smoking in two weeks.", "disease-claim"),
        ("My doctor has cancelled my biopsy since my PSA went down.", "biomarker-claim"),
        ("I was on three heart pills and now I'm on none.", "drug-comparison"),
        ("I used to need my inhaler every morning.", "drug-comparison"),
        ("Protects you from catching every bug going around this winter.", "symptom-claim"),
        ("Kills germs in your gut.", "symptom-claim"),
        (
            "My knees were so swollen I could not climb stairs; now I am back to hiking.",
            "disease-testimonial"
        ),
        ("PsoriaFree capsules, now with turmeric.", "disease-product-name"),
        ("ArthritisAway joint gummies.", "disease-product-name"),
    ])
    func impliedClaimIsAnError(_ item: (String, String)) {
        #expect(Self.diseaseErrors(item.0).contains(item.1), "\(Self.diseaseErrors(item.0))")
    }

    @Test(arguments: [
        "Helps maintain healthy blood pressure levels already within the normal range.",
        "Supports healthy glucose metabolism.",
        "Helps maintain cartilage already in good condition.",
        "Helps prevent workout injuries by supporting flexible joints.",
        "Catching up with friends is good for you.",
        "Our founder, Mr. MacLeod, started the farm in 1990.",
        "Take one capsule with water; you can add it to a smoothie.",
    ])
    func lawfulWordingIsNoError(_ text: String) {
        #expect(Self.diseaseErrors(text).isEmpty, "\(Self.diseaseErrors(text))")
    }
}

extension ClaimGrammarTests {
    /// Lab values, testimonials, drug replacement, organs and mechanisms with no disease word:
    /// one sentence per mechanism, written for these tests.
    @Test(arguments: [
        // a lab value as the subject of a falling verb, brought into range, from high to normal
        ("Watch your triglycerides fall within weeks.", "biomarker-claim"),
        ("Gets stubborn liver enzymes back into range.", "biomarker-claim"),
        ("Brings your uric acid from high to normal.", "biomarker-claim"),
        ("Restores your blood pressure in weeks.", "biomarker-claim"),
        ("The Cholesterol Crusher tea.", "biomarker-claim"),
        // the narrator's body, tests and readings
        ("My knees stopped aching the week I started the capsules.", "disease-testimonial"),
        ("The nodule on my thyroid has shrunk by half.", "disease-testimonial"),
        ("My labs are the best they have been since college.", "disease-testimonial"),
        // a drug or device put away for good
        ("I went from three inhaler puffs a day to none.", "drug-comparison"),
        ("Say goodbye to your blood pressure pills.", "drug-comparison"),
        ("Leave your insulin pen at home this summer.", "drug-comparison"),
        // an organ working too little, woken up; mechanisms against a tumour or a germ
        ("Revives an underactive pancreas.", "disease-claim"),
        ("Starves tumours of the fuel they need.", "disease-claim"),
        ("Stops viruses from entering your cells.", "symptom-claim"),
    ])
    func impliedClaimWithoutADiseaseWord(_ item: (String, String)) {
        #expect(Self.diseaseErrors(item.0).contains(item.1), "\(Self.diseaseErrors(item.0))")
    }

    /// The same words in lawful or innocent sentences.
    @Test(arguments: [
        "Leave 4 hours between this product and any medication.",
        "Store the capsules in a drawer away from sunlight.",
        "My legs feel lighter after long flights.",
        "Helps maintain healthy triglyceride levels already within the normal range.",
        "The temperature will drop overnight, so bring a jacket.",
        "Say goodbye to boring breakfasts with our granola.",
    ])
    func theseWordsAloneAreNoError(_ text: String) {
        #expect(Self.diseaseErrors(text).isEmpty, "\(Self.diseaseErrors(text))")
    }
}

extension ClaimGrammarTests {
    /// Testimonials of episodes that stopped, of an astonished doctor and of an ability whose
    /// loss is a sign of disease coming back; markers kept under a number; names of destroyers.
    @Test(arguments: [
        ("I haven't had a single attack since March.", "disease-testimonial"),
        ("My doctor was stunned by my latest scan.", "disease-testimonial"),
        ("Grandpa recognises me again when I visit.", "disease-testimonial"),
        ("Keeps your fasting sugar under 100.", "biomarker-claim"),
        ("Breaks down amyloid in the brain.", "mechanism-claim"),
        ("Free yourself from your inhaler.", "drug-comparison"),
        ("Diabetes Destroyer capsules.", "disease-claim"),
        ("Tinnitus Terminator drops.", "symptom-claim"),
    ])
    func testimonialsAndNamesWithoutATreatingVerb(_ item: (String, String)) {
        #expect(Self.diseaseErrors(item.0).contains(item.1), "\(Self.diseaseErrors(item.0))")
    }

    @Test(arguments: [
        "Our puppy recognises the sound of the treat jar again.",
        "He started speaking again after the break.",
        "Kids love it and finally eat their greens.",
        "My doctor was happy with my progress.",
        "I finally sleep through the night again.",
        "Crossword Slayer puzzle book.",
    ])
    func everydayStoriesAreNoError(_ text: String) {
        #expect(Self.diseaseErrors(text).isEmpty, "\(Self.diseaseErrors(text))")
    }

    /// A recovery told without naming the condition: a past state with a clinician, a test, a
    /// therapy or a device in it, in a first-person account beside the product (message pinned);
    /// a story about a pill's size or a career in care is none.
    @Test func recoveryAccount() {
        let found = Fixtures.check(
            "For years I needed a physio twice a week for my back. Since the arnica drops I walk "
                + "to the shops.", market: .us
        ).filter { $0.rule == "recovery-account" }
        #expect(
            found.map(\.message) == [
                "disease claim: the account 'For years I needed a physio' tells of a state that "
                    + "needed medical care, in a paragraph about the product (a recovery story claims "
                    + "the product treated it)"
            ])
        #expect(
            Self.diseaseErrors("I used to hate swallowing big pills, so these gummies are a treat.")
                .isEmpty)
        #expect(
            Self.diseaseErrors("I used to work as a nurse; now I blend these teas at home.").isEmpty
        )
    }
}
