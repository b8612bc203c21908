import EvidentModel
import Testing

@testable import EvidentCheck

/// A list of objects under one claim verb ("supports normal skin, hair and nails") is judged over
/// the union of the substance's authorised entries, each object said by one of them
/// (`RegisterMatcher.judge`, `listed`); an object no entry of the substance has stays
/// unauthorised (written for this test, not taken from an evaluation set).
@Suite struct RegisterObjectListTests {
    private static func eu(_ text: String) -> [Finding] { Fixtures.registerFindings(text) }

    /// Each object is one entry's: the finding names every entry, their wordings and their
    /// conditions of use once.
    @Test func aListOfAuthorisedObjectsNamesEveryEntry() {
        let found = Self.eu("Zinc supports normal skin, hair and nails.")
        #expect(found.map(\.rule) == ["eu-authorised-health-claim"], "\(found.map(\.message))")
        let message = found.first?.message ?? ""
        #expect(
            message.hasPrefix(
                "authorised health claim (POL-HC-6540, POL-HC-6541, POL-HC-6542, Art 13(1)) for "
                    + "'Zinc': \"Zinc contributes to the maintenance of normal hair\", \"Zinc "
                    + "contributes to the maintenance of normal nails\", \"Zinc contributes to the "
                    + "maintenance of normal skin\"; conditions of use: The claim may be used only "
                    + "for food which is at least a source of zinc"),
            "\(message)")
        #expect(!message.contains("; The claim may be used"), "\(message)")
    }

    @Test(arguments: [
        "Calcium is needed for normal muscle function, blood clotting and digestive enzymes.",
        "Potassium supports normal muscle function, a normal nervous system and normal blood pressure.",
    ])
    func everyObjectSaidByAnEntryIsAuthorised(_ text: String) {
        let found = Self.eu(text)
        #expect(found.map(\.rule) == ["eu-authorised-health-claim"], "\(found.map(\.message))")
    }

    /// An object none of the substance's authorised entries has ("joints", "kidneys") leaves
    /// the list unauthorised; so does an object only an entry of another article has (a
    /// child's development, Art 14(1)(b), beside the brain's function, Art 13(1)).
    @Test(arguments: [
        "Zinc supports normal skin, hair and joints.",
        "Potassium supports normal muscle function, a normal nervous system and normal kidneys.",
        "DHA-enriched cereal helps children's brains develop faster.",
    ])
    func anObjectNoEntryHasStaysUnauthorised(_ text: String) {
        let found = Self.eu(text)
        #expect(
            !found.contains { $0.rule == "eu-authorised-health-claim" }, "\(found.map(\.message))")
        #expect(found.contains { $0.severity == .error }, "\(found.map(\.message))")
    }
}
