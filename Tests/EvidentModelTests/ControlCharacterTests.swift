import EvidentModel
import Testing

/// Text echoed to a terminal never carries raw control characters.
struct ControlCharacterTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("nul\0byte", "nul\\u{0}byte"),
        ("esc\u{1B}[31mred", "esc\\u{1B}[31mred"),
        ("line\nbreak\ttab\rreturn", "line\\u{A}break\\u{9}tab\\u{D}return"),
        ("del\u{7F} c1\u{9B}", "del\\u{7F} c1\\u{9B}"),
        ("bidi \u{202E}evil\u{2066}", "bidi \\u{202E}evil\\u{2066}"),
        ("accents é and emoji 🦴 stay", "accents é and emoji 🦴 stay"),
    ])
    func controlCharactersAreEscaped(text: String, shown: String) {
        #expect(text.escapingControlCharacters == shown)
    }

    @Test func diagnosticsAndLocationsEscapeWhatTheyEcho() {
        let diagnostic = Diagnostic(
            location: SourceLocation(path: "Claims/a\u{1B}b.yaml", line: 1, column: 2),
            severity: .error, message: "invalid id 'x\0y'", id: "malformed-value")
        #expect(
            diagnostic.description
                == "Claims/a\\u{1B}b.yaml:1:2: error: invalid id 'x\\u{0}y' [malformed-value]")
        #expect(diagnostic.message == "invalid id 'x\0y'")
    }
}
