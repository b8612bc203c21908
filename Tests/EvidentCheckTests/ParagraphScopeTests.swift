import EvidentCheck
import EvidentModel
import Testing

/// A paragraph is the scope of a rule's context windows: a sentence's `subject-window` looks
/// back, and its `unless-context` looks at its neighbours, only within its own paragraph (a
/// blank line, or an HTML paragraph, ends it), as the EU register's subject look-back does
/// (`RegisterScopeTests`). A paragraph that is clean alone stays clean after any other, and a
/// claim is not excused by a formula in another paragraph.
@Suite struct ParagraphScopeTests {
    /// A user pack whose rule needs its subject ("elixir") in the sentence or the two before.
    private static let book: RuleBook = {
        let pack = """
            rules:
              - id: elixir-wonders
                market: all
                severity: error
                category: overclaim
                message: "elixir claim: '{match}'"
                legal-basis: "b"
                when: ["works wonders"]
                subject: ["elixir"]
                subject-window: 2
            """
        do {
            return try RuleBook.bundled(extra: [
                RulePackSource(path: "scope.yaml", yaml: pack, origin: "--rules")
            ])
        } catch {
            preconditionFailure("the scope test pack does not load: \(error)")
        }
    }()

    private static func rules(
        _ text: String, book: RuleBook = Fixtures.book, market: Market = .us,
        format: TextFormat = .plain
    ) -> [String] {
        Checker(book: book, market: market).check(
            SourceText(path: "copy.txt", text: text, format: format)
        ).findings.filter { $0.severity == .error }.map { "\($0.line):\($0.rule)" }
    }

    @Test func aSubjectWindowLooksBackWithinItsParagraph() {
        #expect(
            Self.rules(
                "Our elixir is brewed in small batches. It works wonders.\n", book: Self.book)
                == ["1:elixir-wonders"])
        #expect(
            Self.rules(
                "Our elixir is brewed in small batches.\nIt works wonders.\n", book: Self.book)
                == ["2:elixir-wonders"])
    }

    @Test func aSubjectWindowStopsAtABlankLine() {
        let second = "It works wonders.\n"
        #expect(Self.rules(second, book: Self.book).isEmpty)
        #expect(
            Self.rules("Our elixir is brewed in small batches.\n\n" + second, book: Self.book)
                .isEmpty)
        #expect(
            Self.rules("Our elixir is brewed in small batches.\n \t\n" + second, book: Self.book)
                .isEmpty)
    }

    @Test func aSubjectWindowStopsAtAnHTMLParagraph() {
        let html = "<p>Our elixir is brewed in small batches.</p><p>It works wonders.</p>"
        #expect(Self.rules(html, book: Self.book, format: .html).isEmpty)
    }

    /// The Art 14 formula excuses the disease words of the claim it completes, in its paragraph.
    private static let claim = "Reduce your risk of heart disease with one capsule a day."
    private static let formula =
        "High cholesterol is a risk factor in the development of coronary heart disease."

    @Test func aClaimIsNotExcusedByAFormulaInAnotherParagraph() {
        #expect(Self.rules(Self.claim + "\n") == ["1:disease-claim"])
        #expect(Self.rules(Self.formula + "\n").isEmpty)
        #expect(Self.rules(Self.claim + " " + Self.formula + "\n").isEmpty)
        #expect(Self.rules(Self.claim + "\n\n" + Self.formula + "\n") == ["1:disease-claim"])
        #expect(Self.rules(Self.formula + "\n\n" + Self.claim + "\n") == ["3:disease-claim"])
        #expect(
            Self.rules("<p>\(Self.claim)</p><p>\(Self.formula)</p>", format: .html)
                == ["1:disease-claim"])
    }
}
