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
