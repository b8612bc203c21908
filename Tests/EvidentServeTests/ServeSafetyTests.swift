import Foundation
import Testing

@testable import EvidentServe

/// Refusals over real HTTP: a foreign `Host` (DNS rebinding) and forms that do not come from
/// the app's own pages (CSRF). Nothing is written on a refusal.
@Suite("evident serve: Host and CSRF refusals", .serialized)
struct ServeSafetyTests {
    static let path = "Claims/vitamin-k2-article/k2-increases-bone-density.yaml"
    static let action = "/claims/k2-increases-bone-density/review"
    static let review = [("reviewer", "Ann Lee"), ("decision", "approve"), ("reason", "Fine.")]

    func form(_ served: ServedKnowledgeBase) async throws -> [(String, String)] {
        let page = try await served.get("/claims/k2-increases-bone-density")
        return PageForm.hiddenFields(
            in: page.body, form: "action=\"\(Self.action)\" class=\"review\"") + Self.review
    }

    @Test("a request naming another host is refused with 421, pages and forms alike")
    func foreignHost() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let port = served.port
        for host in ["evil.example:\(port)", "evil.example", "127.0.0.1:\(port + 1)", ""] {
            let reply = try await served.get("/", host: host)
            #expect(reply.status == 421, "Host '\(host)'")
        }
        let reply = try await served.get("/", host: "rebind.attacker.example:\(port)")
        #expect(
            reply.body.contains(
                "error: host &#39;rebind.attacker.example:\(port)&#39; is not this server&#39;s "
                    + "(expected 127.0.0.1:\(port) or localhost:\(port))"))
        for host in ["localhost:\(port)", "LOCALHOST:\(port)", "127.0.0.1:\(port)"] {
            #expect(try await served.get("/", host: host).status == 200, "Host '\(host)'")
        }
        let before = try served.file(Self.path)
        let post = try await served.post(
            Self.action, try await form(served), host: "evil.example:\(port)")
        #expect(post.status == 421)
        #expect(try served.file(Self.path) == before)
    }

    @Test("a form without the server's token, or from another site, is refused with 403")
    func crossSiteForms() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let before = try served.file(Self.path)
        let good = try await form(served)
        let withoutToken = good.filter { $0.0 != "csrf" }
        let wrongToken = [("csrf", String(repeating: "0", count: 64))] + withoutToken
        let token = "error: the form&#39;s security token is missing or wrong"
        let cases: [([(String, String)], [String: String], String)] = [
            (withoutToken, [:], token),
            (wrongToken, [:], token),
            (good, ["Origin": "http://evil.example"], "origin &#39;http://evil.example&#39;"),
            (good, ["Origin": "null"], "origin &#39;null&#39;"),
            (
                good, ["Origin": "http://127.0.0.1:\(served.port + 1)"],
                "the form was sent from another site"
            ),
            (good, ["Sec-Fetch-Site": "cross-site"], "Sec-Fetch-Site &#39;cross-site&#39;"),
            (good, ["Sec-Fetch-Site": "same-site"], "Sec-Fetch-Site &#39;same-site&#39;"),
        ]
        for (fields, headers, message) in cases {
            let reply = try await served.post(Self.action, fields, headers: headers)
            #expect(reply.status == 403, "\(headers)")
            #expect(reply.body.contains(message), "\(headers)")
            #expect(try served.file(Self.path) == before)
        }
        // The citation form is guarded alike.
        let cite = try await served.post(
            "/claims/k2-increases-bone-density/citations",
            [
                ("version", good.first { $0.0 == "version" }?.1 ?? ""), ("ref", "pmid:23525894"),
                ("stance", "supports"),
            ])
        #expect(cite.status == 403)
        #expect(cite.body.contains(token))
        #expect(try served.file(Self.path) == before)
        let notForm = try await HTTPTestClient.request(
            "POST", Self.action, port: served.port, headers: ["Content-Type": "text/plain"])
        #expect(notForm.status == 415)
        #expect(try served.file(Self.path) == before)
        // The same form from the app's own page is accepted.
        let accepted = try await served.post(
            Self.action, good,
            headers: ["Origin": "http://127.0.0.1:\(served.port)", "Sec-Fetch-Site": "same-origin"])
        #expect(accepted.status == 303)
        #expect(try served.file(Self.path) != before)
    }

    @Test("every response carries the security headers")
    func securityHeaders() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        for path in ["/", "/claims/k2-increases-bone-density", "/nowhere"] {
            let reply = try await served.get(path)
            let policy = reply.headers["content-security-policy"] ?? ""
            #expect(policy.contains("frame-ancestors 'none'"), "\(path)")
            #expect(policy.contains("form-action 'self'"), "\(path)")
            #expect(reply.headers["x-content-type-options"] == "nosniff")
            #expect(reply.headers["cache-control"] == "no-store")
        }
    }
}
