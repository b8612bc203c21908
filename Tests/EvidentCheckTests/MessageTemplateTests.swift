import Testing

@testable import EvidentCheck

/// Message templates: placeholders filled, everything else printed exactly once.
struct MessageTemplateTests {
    @Test func placeholdersAreFilled() {
        #expect(
            Checker.render(
                "'{match}' is a {kind} claim", match: "cures", claim: nil,
                extra: ["kind": "disease"])
                == "'cures' is a disease claim")
    }

    /// An unclosed `{` is text: before the fix, the text in front of it came out twice.
    @Test(arguments: [
        ("costs {5 a day", "costs {5 a day"),
        ("'{match}' then {unclosed", "'gout' then {unclosed"),
        ("{", "{"),
        ("a}b{c", "a}b{c"),
    ])
    func unclosedBraceIsPrintedOnce(template: String, expected: String) {
        #expect(Checker.render(template, match: "gout", claim: nil) == expected)
    }

    /// Braces are found as bytes: text around them in any script comes out as written.
    @Test func textAroundPlaceholdersIsKeptInAnyScript() {
        #expect(
            Checker.render(
                "« {match} » — é{kind}ü {bogus}ñ {", match: "guérit", claim: nil,
                extra: ["kind": "maladie"])
                == "« guérit » — émaladieü {bogus}ñ {")
    }

    @Test func unknownPlaceholderIsKeptAsWritten() {
        #expect(Checker.render("{nope} here", match: "x", claim: nil) == "{nope} here")
    }
}
