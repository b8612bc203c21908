import EvidentCheck
import EvidentModel
import Testing

/// A class that names other classes (a union: `@arc-sign-body-any` is `@arc-sign-body` and
/// `@body-noun`) tags every word of its members with its own id too. The unknown-noun readings
/// (rules U3, U4, U12 and the slot reading S1) read a word no class holds, or one held only by
/// the classes that leave a word unclassed (`placeOnly`: `@body-noun` …): a union naming those
/// would hide their words ("slobbers") again, as `@arc-sign-body-any` did in session 31. A pure
/// union only lends its members' classes, and a mixed union's tag over a member's word is
/// lent; a mixed union's own words stay classed (`Lexicon.unions`, `CureObjectClasses`).
struct UnionClassTests {
    static let pack = """
        rules: []
        classes:
          test-union-body: ["@body-noun"]
          test-union-animal: ["@company-animal-noun", "@body-noun"]
          test-union-nested: ["@test-union-body"]
          test-mixed-body: ["@body-noun", "quallinet"]
        """

    static let book: RuleBook = {
        do {
            return try RuleBook.bundled(extra: [
                RulePackSource(path: "unions.yaml", yaml: pack, origin: "--rules")
            ])
        } catch {
            preconditionFailure("the test pack does not load: \(error)")
        }
    }()

    static func errors(_ text: String) -> [String] {
        Checker(book: book, market: .us)
            .check(SourceText(path: "copy.txt", text: text + "\n", format: .plain))
            .findings.filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        // a word of `@body-noun` (and of the unions naming it), placed in an animal
        "Our drench cures slobbers in foals.",
        // a word nothing knows, placed in an animal
        "Our drench cures snorrits in foals.",
    ])
    func aUnionHidesNoWordOfItsMembers(_ copy: String) {
        #expect(!Fixtures.errorRules(copy, market: .us).isEmpty, "bundled book: \(copy)")
        #expect(!Self.errors(copy).isEmpty, "with the unions: \(copy)")
    }

    @Test func aMixedUnionsOwnWordStaysClassed() {
        // (no product cures it: a product's cure verb reads any object as a condition, U14)
        let copy = "Quallinet in foals cleared within a week of our drench."
        // no class holds "quallinet" in the bundled book: an unknown condition
        #expect(!Fixtures.errorRules(copy, market: .us).isEmpty)
        // the mixed union holds it as its own word: a known word, no condition
        #expect(Self.errors(copy).isEmpty)
    }
}
