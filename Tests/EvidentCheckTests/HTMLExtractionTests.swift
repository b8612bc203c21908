import EvidentCheck
import Testing

/// What the checker reads of an HTML page: the text a reader sees, including attribute text,
/// with tags (and `>` inside their quoted attributes) removed.
struct HTMLExtractionTests {
    static func prose(_ html: String) -> String {
        let source = SourceText(path: "page.html", text: html, format: .html)
        return String(String.UnicodeScalarView(source.plain))
    }

    static func paragraphs(_ html: String) -> [String] {
        prose(html).components(separatedBy: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    /// A `>` inside a quoted attribute value does not end the tag: before, the rest of the
    /// attribute leaked into the prose.
    @Test func greaterThanInsideAQuotedAttributeStaysInTheTag() {
        #expect(
            Self.paragraphs("<p data-x=\"a > b\" class='c>d'>Plain words.</p>") == [
                "Plain words."
            ])
        #expect(Self.paragraphs("<a href=\"/x?a>b\">Link text</a> after") == ["Link text after"])
    }

    /// Quotes that do not follow `=` are not value delimiters (as browsers read them).
    @Test func anApostropheOutsideAValueDoesNotOpenAQuote() {
        #expect(
            Self.paragraphs("<p class=x don't>Text one.</p><p>Text two.</p>") == [
                "Text one.", "Text two.",
            ])
    }

    @Test func altAndTitleAttributesAreRead() {
        let html =
            "<p>Our drops <img src=\"k2.png\" alt=\"Cures gout &amp; arthritis\"> work."
            + "<abbr title=\"Prevents cancer\">PC</abbr></p>"
        let paragraphs = Self.paragraphs(html)
        #expect(paragraphs.contains("Cures gout & arthritis"))
        #expect(paragraphs.contains("Prevents cancer"))
        #expect(paragraphs.first == "Our drops")
    }

    @Test func theTitleElementAndTheMetaDescriptionAreRead() {
        let html = """
            <html><head><title>Heals arthritis</title>
            <meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <meta name="description" content="Our oil reverses diabetes.">
            <meta property="og:description" content='Stops "heart disease"'>
            <style>p { color: red }</style></head><body><p>Body text.</p></body></html>
            """
        let paragraphs = Self.paragraphs(html)
        #expect(paragraphs.contains("Heals arthritis"))
        #expect(paragraphs.contains("Our oil reverses diabetes."))
        #expect(paragraphs.contains("Stops \"heart disease\""))
        #expect(!paragraphs.contains { $0.contains("width=device-width") || $0.contains("color") })
    }

    /// Findings in attribute text point at the attribute value in the original file.
    @Test func findingsInAttributesPointIntoTheOriginal() {
        let html = "<p>Intro.</p>\n<img src=\"a.png\" alt=\"This tea cures arthritis.\">\n"
        let findings = Fixtures.check(html, format: .html, path: "page.html")
        let disease = findings.filter { $0.category == .diseaseClaim }
        #expect(disease.map(\.text) == ["arthritis"])
        #expect(disease.first?.line == 2)
        #expect(disease.first?.column == 38)
    }
}
