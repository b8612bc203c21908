import Foundation
import Testing

/// The report formats as the tools that consume them read them: CSV through Python's `csv`
/// module, ClaimReview and HTML through their JSON-LD.
@Suite("Report formats, read by their consumers")
struct ReportFormatsEndToEndTests {
    static let time = "2026-11-24T12:00:00Z"

    /// A knowledge base whose statements hold a CRLF line break and formula starts.
    static func knowledgeBase() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-formats-\(UUID().uuidString)")
        let files: [String: String] = [
            "Claims/doc/_document.yaml": """
            schema: evident-document/1
            id: doc
            title: A test document
            origin: https://example.com/articles/doc
            retrieved: 2026-01-01
            text: |-
              One. Two. Three.

            """,
            "Claims/doc/a-crlf.yaml": """
            schema: evident-claim/1
            id: a-crlf
            document: doc
            quote: One.
            statement: "First line\\r\\nsecond line"
            category: definition

            """,
            "Claims/doc/b-formula.yaml": """
            schema: evident-claim/1
            id: b-formula
            document: doc
            quote: Two.
            statement: "=HYPERLINK(\\"https://example.net\\")"
            category: definition

            """,
            "Claims/doc/c-plain.yaml": """
            schema: evident-claim/1
            id: c-plain
            document: doc
            quote: Three.
            statement: "@SUM(A1) -2 +3"
            category: definition

            """,
            "Sources-Refs/refs.json": "[]\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// Runs Python with `script` and the arguments; returns its standard output.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func csvParsesToOneRowPerClaimWithFormulasNeutralised() throws {
        let root = try Self.knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("report.csv")
        let run = try EvidentBinary.run([
            "report", "--kb", root.path, "--format", "csv", "--output", file.path,
            "--generated-at", Self.time,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try Self.python(
            """
            import csv, json, sys
            with open(sys.argv[1], newline="") as f:
                rows = list(csv.DictReader(f))
            print(json.dumps({r["id"]: r["statement"] for r in rows}))
            """, [file.path])
        let statements = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        #expect(
            statements == [
                "a-crlf": "First line\r\nsecond line",
                "b-formula": "'=HYPERLINK(\"https://example.net\")",
                "c-plain": "'@SUM(A1) -2 +3",
            ])
    }

    @Test func claimReviewNeedsABaseURLAndAPublisher() throws {
        let root = try Self.knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try EvidentBinary.run([
            "report", "--kb", root.path, "--format", "claimreview", "--generated-at", Self.time,
        ])
        #expect(run.status == 64)
        #expect(
            run.stderr.contains(
                "the claimreview format needs --base-url URL (where the HTML report is "
                    + "published) and --publisher NAME (the reviewing organisation)"))
        let relative = try EvidentBinary.run([
            "report", "--kb", root.path, "--format", "claimreview", "--base-url", "report.html",
            "--publisher", "Desk",
        ])
        #expect(relative.status == 64)
        #expect(
            relative.stderr.contains(
                "invalid --base-url 'report.html' (expected an absolute http or https URL)"))
    }

    @Test func claimReviewURLsAreAbsoluteAndTheAppearanceIsTheSource() throws {
        let root = try Self.knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try EvidentBinary.run([
            "report", "--kb", root.path, "--format", "claimreview", "--generated-at", Self.time,
            "--base-url", "https://example.org/audit/report.html", "--publisher", "Example Desk",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let reviews = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(reviews.count == 3)
        let first = try #require(reviews.first)
        #expect(first["url"] as? String == "https://example.org/audit/report.html#a-crlf")
        #expect(first["datePublished"] as? String == "2026-11-24")
        #expect((first["author"] as? [String: String])?["name"] == "Example Desk")
        let item = try #require(first["itemReviewed"] as? [String: Any])
        let appearance = try #require(item["appearance"] as? [String: String])
        #expect(appearance["url"] == "https://example.com/articles/doc")
        #expect(appearance["headline"] == "A test document")
    }

    /// The HTML report embeds the ClaimReview JSON-LD; each fragment names an element of the
    /// page, so the reviews' `url`s resolve.
    @Test func htmlEmbedsClaimReviewsWhoseFragmentsResolve() throws {
        let root = try Self.knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try EvidentBinary.run([
            "report", "--kb", root.path, "--format", "html", "--generated-at", Self.time,
            "--publisher", "Example Desk",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let html = run.stdout
        let open = "<script type=\"application/ld+json\">"
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        let reviews = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(reviews.count == 3)
        for review in reviews {
            let url = try #require(review["url"] as? String)
            #expect(url.hasPrefix("#"))
            #expect(html.contains("<article id=\"\(url.dropFirst())\""))
        }
    }
}
