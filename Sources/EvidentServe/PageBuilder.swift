import EvidentKit
import Hummingbird

/// Builds every page of the app from the knowledge base as it is now, shared by the page and
/// action controllers (an action that is refused shows the claim page again, with why).
struct PageBuilder: Sendable {
    /// The knowledge base.
    let service: KnowledgeBaseService
    /// The templates.
    let renderer: PageRenderer
    /// The form token.
    let token: CSRFToken

    /// `/`, filtered by `query`.
    func index(query: [String: String]) async -> Response {
        await withKnowledgeBase { graded in
            let documents = Set(graded.report.claims.map(\.claim.document))
                .union(graded.report.documents.keys).sorted()
            let filter: ClaimFilter
            do {
                filter = try ClaimFilter(query: query, documents: documents)
            } catch {
                return renderer.error(.badRequest, message: "\(error)")
            }
            return renderer.page("index", IndexPage(graded, filter: filter))
        }
    }

    /// `/claims/{id}`, with what happened (`notice`) or why a form was refused (`problem`,
    /// answered with `status`; `kept` puts the refused form's fields back).
    func claim(
        _ id: String, status: HTTPResponse.Status = .ok, notice: String? = nil,
        problem: String? = nil, conflict: Bool = false, kept: ClaimPage.Kept = .none
    ) async -> Response {
        await withKnowledgeBase { graded in
            guard let assessment = graded.report.claims.first(where: { $0.claim.id.rawValue == id })
            else {
                return renderer.error(
                    .notFound, message: "\(KnowledgeBaseEditError.unknownClaim(id))")
            }
            let version: String
            do {
                version = try await service.version(ofFile: assessment.claim.location?.path ?? "")
            } catch {
                return renderer.error(.internalServerError, message: "\(error)")
            }
            let suggestions: Result<[IndexSearchHit], any Error>
            do {
                suggestions = .success(try await service.suggestions(for: assessment.claim))
            } catch {
                suggestions = .failure(error)
            }
            let page = ClaimPage(
                assessment, in: graded, version: version, csrf: token, suggestions: suggestions,
                notice: notice, problem: problem, conflict: conflict, kept: kept)
            return renderer.page("claim", page, status: status)
        }
    }

    /// `/documents/{id}`.
    func document(_ id: String) async -> Response {
        await withKnowledgeBase { graded in
            guard let document = graded.report.documents[id] else {
                let known = graded.report.documents.keys.sorted().joined(separator: ", ")
                return renderer.error(
                    .notFound,
                    message: "error: unknown document '\(id)' (expected one of: \(known))")
            }
            let claims = graded.report.claims.filter { $0.claim.document == id }
            return renderer.page(
                "document", DocumentPage(document, claims: claims, problems: graded.problems))
        }
    }

    /// `/report`: the HTML audit report, as `evident report --format html` writes it.
    func report() async -> Response {
        await withKnowledgeBase { graded in
            let html: String
            do {
                html = try Evident.render(graded.report, format: .html)
            } catch {
                return renderer.error(.internalServerError, message: "\(error)")
            }
            var response = PageRenderer.response(.ok, html, type: "text/html; charset=utf-8")
            // The report is self-contained: its style sheet is inline.
            response.headers[.contentSecurityPolicy] =
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                + "frame-ancestors 'none'; form-action 'none'"
            return response
        }
    }

    /// Runs `body` on the knowledge base graded now; a knowledge base that cannot be read
    /// gives a 500 page with the loader's message.
    private func withKnowledgeBase(
        _ body: (Evident.GradedKnowledgeBase) async -> Response
    ) async -> Response {
        let graded: Evident.GradedKnowledgeBase
        do {
            graded = try await service.graded()
        } catch {
            return renderer.error(.internalServerError, message: "\(error)")
        }
        return await body(graded)
    }
}
