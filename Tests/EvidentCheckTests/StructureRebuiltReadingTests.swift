import EvidentCheck
import EvidentModel
import Testing

/// Rules S1-S3 (`.ci/vocab/derive-structures.py`, `structure-rebuilt-claim`): a part of the
/// body said to be missing, absent or never formed is a congenital malformation, and a verb of
/// rebuilding, regrowing or restoring it claims to cure one, though no condition is named. A
/// thing's missing part, a missing quality and a part that is only restored stay quiet here.
struct StructureRebuiltReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        // an adjective of absence before the part
        "Our bone meal pellets restore the absent eardrum in ferrets.",
        // the part "never" comes into being after it
        "Our herbal drops rebuild the earlobe that never developed.",
        "These chews regrow the tooth buds that never formed in your pup.",
        // the part the holder was born without
        "Our tonic rebuilds the pinky finger your niece was born without.",
    ])
    func missingPartRebuiltIsAClaim(_ copy: String) {
        #expect(Self.rules(copy).contains("structure-rebuilt-claim"), "\(copy)")
    }

    @Test func messageNamesTheVerbAndThePart() {
        let found = Fixtures.check(
            "Our herbal drops rebuild the earlobe that never developed.", market: .us)
        #expect(
            found.map(\.message).contains(
                "disease claim: 'rebuild the earlobe that never developed' claims to rebuild a "
                    + "part of the body that is missing or never formed (a congenital "
                    + "malformation)"), "\(found.map(\.message))")
    }

    @Test(arguments: [
        // a thing's missing part, with no product, animal, child or reader
        "The joiner rebuilds the missing leg on old dining chairs.",
        // a missing quality, not a part of the body
        "Restores the shine your hair is missing after a summer at sea.",
        // a part rebuilt that is not said to be missing or never formed
        "Our protein shake helps rebuild muscle after training.",
    ])
    func everydayRebuildingIsNoStructureClaim(_ copy: String) {
        #expect(!Self.rules(copy).contains("structure-rebuilt-claim"), "\(copy)")
    }

    @Test func derivedClassesAreCurrent() throws {
        guard let result = try Fixtures.regenerationCheck(".ci/vocab/derive-structures.py")
        else { return }
        #expect(result.status == 0, "\(result.errors)")
    }
}
