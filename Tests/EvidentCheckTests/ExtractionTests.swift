import EvidentCheck
import EvidentModel
import Testing

struct ExtractionTests {
    @Test func htmlPositionsPointIntoTheOriginal() {
        let html = """
            <html><head><title>x</title><style>p { color: red }</style></head>
            <body><script>var cure = "cancer";</script>
            <p>Our <b>K2</b> &amp; D3 drops <em>cure</em> arthritis.</p>
            </body></html>
            """
        let findings = Fixtures.check(html, format: .html, path: "page.html")
        let disease = findings.filter { $0.category == .diseaseClaim }
        #expect(disease.count == 1)
        let finding = try? #require(disease.first)
        #expect(finding?.line == 3)
        #expect(finding?.text == "arthritis")
        #expect(finding?.column == 47)
        #expect(finding?.endColumn == 55)
        #expect(!findings.contains { $0.text.contains("var") })
    }

    @Test func htmlEntitiesAreDecoded() {
        let source = SourceText(
            path: "a.html", text: "<p>Vitamin K2 &ndash; caf&eacute; &#77;K-7 &#x4D;K-4</p>",
            format: .html)
        #expect(source.text(0..<source.plain.count) == "Vitamin K2 \u{2013} café MK-7 MK-4")
    }

    @Test func markdownSyntaxAndCodeAreSkipped() {
        let markdown = """
            # Vitamin K2

            Our **formula** [prevents](https://example.com/cure-cancer) osteoporosis.

            ```
            This code cures diabetes.
            ```
            """
        let findings = Fixtures.check(markdown, format: .markdown, path: "post.md")
        let disease = findings.filter { $0.category == .diseaseClaim }
        #expect(disease.map(\.text) == ["osteoporosis"])
        #expect(disease.first?.line == 3)
        #expect(disease.first?.column == 61)
    }

    @Test func formatsFollowTheExtension() {
        #expect(TextFormat(path: "a/b/page.HTML") == .html)
        #expect(TextFormat(path: "notes.md") == .markdown)
        #expect(TextFormat(path: "copy.txt") == .plain)
        #expect(TextFormat(path: "README") == .plain)
    }

    @Test func columnsCountUnicodeScalarsOnTheOriginalLine() {
        let findings = Fixtures.check("Café “K2” — cures gout.\n", path: "x.txt")
        let gout = findings.first { $0.text == "gout" }
        #expect(gout?.line == 1)
        #expect(gout?.column == 19)
    }
}

extension ExtractionTests {
    @Test func crlfLinesAndEmptyInput() {
        let findings = Fixtures.check("Supports bones.\r\nIt cures gout.\r\n")
        let gout = findings.first { $0.text == "gout" }
        #expect(gout?.line == 2)
        #expect(gout?.column == 10)
        #expect(Fixtures.check("").isEmpty)
        #expect(Fixtures.check("\n\n  \n").isEmpty)
    }

    @Test func originalLinesAreKeptForTheCaret() {
        let source = SourceText(path: "a.txt", text: "one\r\ntwo\nthree", format: .plain)
        #expect(source.line(1) == "one")
        #expect(source.line(2) == "two")
        #expect(source.line(3) == "three")
        #expect(source.line(4) == "")
    }
}
