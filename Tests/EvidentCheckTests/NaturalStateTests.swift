import EvidentCheck
import EvidentModel
import Testing

/// The ordinary symptoms of a natural state (pregnancy, menopause, the menstrual cycle,
/// ageing, exercise) are no disease (21 CFR 101.93(g)(2)(iii)); a disease of that state, a
/// symptom filed as a disease, and a severe one stay claims. A plant or a game is no patient.
struct NaturalStateTests {
    static func errors(_ text: String, market: Market = .us) -> [Finding] {
        Fixtures.check(text, market: market).filter { $0.severity == .error }
    }

    @Test(arguments: [
        "Sage leaf tablets to cool the hot flashes of perimenopause.",
        "Peppermint drops for the nausea of early pregnancy.",
        "Magnesium to ease leg cramps during pregnancy.",
        "Arnica gel for the muscle soreness that comes with a long hike.",
        "Chamomile tea eases the bloating, cramps and mood swings of your period.",
    ])
    func symptomOfANaturalStateIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    /// The tie to the state drops only the symptoms it reaches: a symptom elsewhere in the
    /// sentence is still read.
    @Test func symptomOutsideTheTieIsAClaim() throws {
        let text = "Eases joint pain, and the hot flashes of menopause."
        let finding = try #require(Self.errors(text).first)
        #expect(finding.text.contains("joint pain"))
    }

    /// A plant, crop or lawn is no patient: in a sentence about one without a product, a word
    /// with an everyday sense ("burn") keeps it.
    @Test func plantIsNoHealthContext() {
        let text = "Cut away the scorched foliage and burn it well away from the hedges."
        #expect(Self.errors(text, market: .all).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    /// Still claims: a disease of the state, a symptom filed as a disease, a severe symptom,
    /// and a product beside a plant.
    @Test(arguments: [
        "Calcium chews that prevent osteoporosis after menopause.",
        "Our tonic treats toxemia of pregnancy.",
        "Saffron drops lift the depression of menopause.",
        "Relieves the severe cramps that come with menstruation.",
        "Eases hot flashes and prevents osteoporosis during menopause.",
        "Our orchard-grown elderberry syrup fights colds.",
        "Apple cider vinegar from our orchard reverses diabetes.",
    ])
    func diseaseSevereSymptomOrProductBesideAPlantIsAClaim(_ text: String) {
        #expect(Self.errors(text).contains { $0.category == .diseaseClaim })
    }

    /// A chess or card game is another domain: its poisons are moves.
    @Test func chessIsAnotherDomain() {
        let text = "Taking the poisoned pawn lost him the endgame."
        #expect(Self.errors(text, market: .all).isEmpty, "\(Self.errors(text).map(\.rule))")
    }
}
