import EvidentCheck
import EvidentModel
import Testing

/// A food shielding the body from an everyday strain with no part of the body named (EU:
/// `eu-strain-shielded`, `eu-inner-shield`): filtering, blocking or shielding the light, the
/// sun, the noise or the smog, or being a shield, a filter or a sunscreen inside the body. A
/// product put on the body protects as a cosmetic. Classes from WordNet by
/// `.ci/derive-eu-shield`.
struct StrainShieldedTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .eu).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Lutein filters blue light.",
        "Black-rice anthocyanins: a built-in filter for the blue light your phone throws at you all evening.",
        "Saffron blocks out the glare of the laptop screen.",
    ])
    func aFoodShieldingFromAStrainIsUnauthorised(_ text: String) {
        #expect(Self.rules(text).contains("eu-strain-shielded"), "\(Self.rules(text))")
    }

    @Test(arguments: [
        "Lycopene: sunscreen from within.",
        "Marigold extract works like sunglasses from within for snow, sea and screen.",
    ])
    func aShieldInsideTheBodyIsUnauthorised(_ text: String) {
        #expect(Self.rules(text).contains("eu-inner-shield"), "\(Self.rules(text))")
    }

    @Test(arguments: [
        // A cosmetic put on the skin; a device.
        "Our zinc oxide sunscreen shields skin from UV rays.",
        "Our blue-light glasses filter the glare from your monitor in the evening.",
        // An authorised wording.
        "Vitamin C contributes to the protection of cells from oxidative stress.",
    ])
    func aCosmeticADeviceOrAnAuthorisedWordingIsNone(_ text: String) {
        let rules = Self.rules(text)
        #expect(
            !rules.contains("eu-strain-shielded") && !rules.contains("eu-inner-shield"), "\(rules)")
    }

    @Test func theMessageSaysNoAuthorisedWordingSaysIt() {
        let found = Fixtures.check("Lutein filters blue light.\n", market: .eu)
        #expect(
            found.first { $0.rule == "eu-strain-shielded" }?.message
                == "unauthorised health claim: 'Lutein filters blue light.' says a food or a constituent shields the body from an everyday strain (light, sun, noise, smog), a health claim no authorised wording of the EU register says"
        )
    }

    /// The committed classes are what the script derives (skipped where python3 or WordNet is
    /// missing).
    @Test func classesMatchRegeneration() throws {
        guard let run = try Fixtures.regenerationCheck(".ci/derive-eu-shield") else { return }
        #expect(run.status == 0, "\(run.errors)")
    }
}
