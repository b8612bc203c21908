import EvidentKit
import Foundation
import Testing

@testable import EvidentServe

/// The pages over real HTTP, on a temporary copy of the repository's knowledge base: what
/// they show is checked against the library's own grading of the same files.
@Suite("evident serve: pages", .serialized)
struct ServePagesTests {
    static let claimID = "k2-increases-bone-density"

    @Test("/ lists every claim, grouped by verdict, with the summary and chart")
    func listing() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let graded = try served.graded()
        let reply = try await served.get("/")
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "text/html; charset=utf-8")
        #expect(reply.body.components(separatedBy: "<main").count == 2)
        for assessment in graded.report.claims {
            #expect(reply.body.contains("<a href=\"/claims/\(assessment.claim.id)\">"))
        }
        #expect(reply.body.contains(ReportWording.summary(graded.report)))
        #expect(reply.body.contains("<svg class=\"chart\" role=\"img\""))
        #expect(reply.body.contains("Showing \(graded.report.claims.count) of"))
        #expect(reply.headers["content-security-policy"]?.contains("script-src 'self'") == true)
    }

    @Test("/ filters by verdict, document, category and review state")
    func filters() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let claims = try served.graded().report.claims
        let supported = claims.filter { VerdictLabel($0) == .supported }
        let reply = try await served.get("/?verdict=supported&review=unreviewed")
        #expect(reply.status == 200)
        #expect(reply.body.contains("Showing \(supported.count) of \(claims.count) claims."))
        for assessment in claims {
            let link = "<a href=\"/claims/\(assessment.claim.id)\">"
            #expect(reply.body.contains(link) == (VerdictLabel(assessment) == .supported))
        }
        let efficacy = try await served.get("/?category=efficacy&document=vitamin-k2-article")
        let count = claims.filter {
            $0.claim.category == .efficacy && $0.claim.document == "vitamin-k2-article"
        }.count
        #expect(count > 0)
        #expect(count < claims.filter { $0.claim.category == .efficacy }.count)
        #expect(efficacy.body.contains("Showing \(count) of \(claims.count) claims."))
        let bad = try await served.get("/?verdict=maybe")
        #expect(bad.status == 400)
        #expect(
            bad.body.contains(
                "error: unknown verdict &#39;maybe&#39; (expected one of: supported, weak, "
                    + "unsupported, contradicted)"))
    }

    @Test("/claims/{id} shows the quote in its paragraph, verdict, steps, evidence and forms")
    func claimPage() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let graded = try served.graded()
        let assessment = try #require(
            graded.report.claims.first { $0.claim.id.rawValue == Self.claimID })
        let reply = try await served.get("/claims/\(Self.claimID)")
        #expect(reply.status == 200)
        #expect(
            reply.body.contains(
                "vitamin K2 produces bone protein, which together with calcium produces bone, "
                    + "<mark>increases bone density</mark>, prevents fractures"))
        #expect(reply.body.contains(escaped(assessment.claim.statement)))
        #expect(reply.body.contains(escaped(assessment.verdictReason)))
        #expect(reply.body.contains(escaped(assessment.rationale)))
        #expect(reply.body.contains("<span class=\"badge \(VerdictLabel(assessment).rawValue)\">"))
        #expect(reply.body.contains("certainty <strong>\(assessment.certainty.label)</strong>"))
        for step in assessment.steps {
            #expect(reply.body.contains(escaped(step.reason)))
        }
        for citation in assessment.citations {
            #expect(reply.body.contains(escaped(citation.formatted)))
            if let pmid = citation.pmid {
                #expect(reply.body.contains("https://pubmed.ncbi.nlm.nih.gov/\(pmid)/"))
            }
            if let doi = citation.doi {
                #expect(reply.body.contains("https://doi.org/\(escaped(doi))"))
            }
        }
        #expect(reply.body.contains("action=\"/claims/\(Self.claimID)/review\""))
        #expect(reply.body.contains("action=\"/claims/\(Self.claimID)/citations\""))
        #expect(reply.body.contains("Not reviewed yet."))
        let missing = try await served.get("/claims/no-such-claim")
        #expect(missing.status == 404)
        #expect(
            missing.body.contains(
                "error: unknown claim &#39;no-such-claim&#39; (no claim file declares this id)"))
    }

    @Test("the suggest candidates are one click away, each a form citing it")
    func suggestions() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let reply = try await served.get("/claims/\(Self.claimID)")
        let section = try #require(reply.body.components(separatedBy: "Suggested references").last)
        #expect(section.contains("<button type=\"submit\">Cite</button>"))
        #expect(section.contains("<input type=\"hidden\" name=\"ref\" value=\""))
    }

    @Test("text from the knowledge base is escaped, never markup")
    func escaping() async throws {
        let path = "Claims/vitamin-k2-article/k2-diuretic.yaml"
        let served = try await ServedKnowledgeBase.start { root in
            let url = root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let statement = try #require(
                text.components(separatedBy: "\n").first { $0.hasPrefix("statement: ") })
            try text.replacingOccurrences(
                of: statement, with: "statement: \"<script>alert('x')</script> & more\""
            ).write(to: url, atomically: false, encoding: .utf8)
        }
        defer { served.stop() }
        for page in ["/", "/claims/k2-diuretic", "/documents/vitamin-k2-article"] {
            let reply = try await served.get(page)
            #expect(reply.status == 200)
            #expect(!reply.body.contains("<script>alert"))
            #expect(
                reply.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"))
        }
    }

    @Test("every document of the knowledge base has its page, each quote marked and linked")
    func documentPages() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let graded = try served.graded()
        let ids = graded.report.documents.keys.sorted()
        #expect(ids.contains("vitamin-k2-article"))
        let listing = try await served.get("/")
        for id in ids {
            let document = try #require(graded.report.documents[id])
            let claims = graded.report.claims.filter { $0.claim.document == id }
            #expect(
                listing.body.contains(
                    "<a href=\"/documents/\(id)\">\(escaped(document.title))</a> "
                        + "(\(claims.count) claims)"), "\(id)")
            let reply = try await served.get("/documents/\(id)")
            #expect(reply.status == 200, "\(id)")
            #expect(reply.body.contains("<h1>\(escaped(document.title))</h1>"), "\(id)")
            let marked = reply.body.components(separatedBy: "<a class=\"quote ").count - 1
            let unmarked =
                reply.body.components(separatedBy: "Claims not marked in the text").count - 1
            #expect(marked > 0, "\(id)")
            #expect(marked == claims.count || unmarked == 1, "\(id)")
            for assessment in claims {
                #expect(
                    reply.body.contains("href=\"/claims/\(assessment.claim.id)\""),
                    "\(id): \(assessment.claim.id)")
                // A quote spanning paragraphs is marked in each, its anchor given once.
                let anchors = reply.body.components(
                    separatedBy: " id=\"claim-\(assessment.claim.id)\" ")
                #expect(anchors.count <= 2, "\(id): \(assessment.claim.id)")
            }
        }
        let page = try await served.get("/documents/vitamin-k2-article")
        #expect(
            page.body.contains(
                "id=\"claim-\(Self.claimID)\" href=\"/claims/\(Self.claimID)\""))
        let missing = try await served.get("/documents/nope")
        #expect(missing.status == 404)
        #expect(
            missing.body.contains(
                "error: unknown document &#39;nope&#39; (expected one of: "
                    + ids.joined(separator: ", ") + ")"))
    }

    @Test("/report is the HTML audit report; static files are served; unknown paths are 404")
    func reportAndStatic() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let graded = try served.graded()
        let report = try await served.get("/report")
        #expect(report.status == 200)
        #expect(report.body.contains("<h1>Evidence report</h1>"))
        #expect(report.body.components(separatedBy: "<main>").count == 2)
        #expect(report.body.contains(escaped(ReportWording.summary(graded.report))))
        #expect(report.headers["content-security-policy"]?.contains("'unsafe-inline'") == true)
        let css = try await served.get("/static/app.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(try await served.get("/static/app.js").status == 200)
        #expect(try await served.get("/static/secret.txt").status == 404)
        let nowhere = try await served.get("/nowhere")
        #expect(nowhere.status == 404)
        #expect(nowhere.body.contains("error: no page at &#39;/nowhere&#39;"))
    }

    /// Text as the templates escape it.
    func escaped(_ text: String) -> String {
        HTMLReporter.escape(text)
    }
}
