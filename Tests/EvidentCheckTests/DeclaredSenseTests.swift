import EvidentCheck
import Testing

/// Session 24's readings of words that name no illness a product acts on: a word of sport in a
/// sentence of a contest (rule N8 of `.ci/derive-senses`), an allergy or an intolerance a food
/// label declares (rule N9), a band's or a show's name after a work's noun with describing words
/// between or a performer's noun before it (rule N6). Each holds its guards: a product, a holder
/// or a body keeps the condition.
struct DeclaredSenseTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "The club championship went to a sudden-death putt-off on the eighteenth.",
        "Our coxswain called for a higher stroke as the regatta's last race closed in.",
        "Cricket match report: a sudden death super over settled the tie.",
    ])
    func aContestsWordOfSportIsNoIllness(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "After his stroke on the golf course, our omega-3 capsules got him walking again.",
        "Our fish oil prevents sudden death in athletes during a match.",
        "Dad had a stroke at the match, and the CBD drops gave him back his speech.",
    ])
    func aStrokeHeldOrBesideAProductStays(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Every loaf is suitable for coeliacs and baked in a gluten-free kitchen.",
        "Our chocolate spread is safe for coeliacs and vegans.",
        "Dairy-free ice cream for coeliacs.",
        "Allergy information: made in a factory that handles nuts.",
    ])
    func aLabelsDeclaredIntoleranceIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "Our probiotic drops cure lactose intolerance in a fortnight.",
        "Suitable for coeliacs, and our enzyme heals coeliac disease for good.",
        "Suitable for diabetics: it lowers your blood sugar.",
    ])
    func aTreatedIntoleranceStays(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "The support slot goes to the Bristol garage band Chronic Fatigue Syndicate.",
        "Last night's support band, The Migraine Tablets, played a tight set.",
    ])
    func aBandsNameIsAName(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "Our capsules ended my chronic fatigue syndrome.",
        "Our new series, Arthritis Relief Capsules, eases stiff joints in a week.",
    ])
    func aProductsNameStays(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
