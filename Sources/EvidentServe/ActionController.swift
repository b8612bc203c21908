import EvidentKit
import Hummingbird
import HummingbirdRouter

/// The forms: `POST /claims/{id}/review` (`evident review`), `POST /claims/{id}/citations`
/// (`evident cite`: add a citation, or change the claim's citation of that reference) and
/// `POST /claims/{id}/status` (`evident edit --status`: a draft checked). Each
/// writes the claim file through the CLI's code against the version the editor saw, then
/// redirects to the claim page (POST-redirect-GET), which grades the claim anew. A refused
/// form shows the claim page again with why and the form as sent: 422 for a bad value, 409
/// when the file changed meanwhile; nothing is written then.
struct ActionController: RouterController {
    typealias Context = ServeRequestContext

    /// Builds the pages.
    let pages: PageBuilder

    var body: some RouterMiddleware<Context> {
        Post("claims/{id}/review") { _, context in
            let id = context.parameters.get("id") ?? ""
            return await act(id: id, kept: .review(context.form), done: "review") {
                try await pages.service.review(ReviewForm(context.form), claim: id)
            }
        }
        Post("claims/{id}/citations") { _, context in
            let id = context.parameters.get("id") ?? ""
            return await act(id: id, kept: .cite(context.form), done: "cite") {
                try await pages.service.cite(CiteForm(context.form), claim: id)
            }
        }
        Post("claims/{id}/status") { _, context in
            let id = context.parameters.get("id") ?? ""
            return await act(id: id, kept: .none, done: "status") {
                try await pages.service.status(StatusForm(context.form), claim: id)
            }
        }
    }

    /// Runs an edit and answers: a redirect to the claim page when it was written, else the
    /// claim page with the refusal.
    private func act(
        id: String, kept: ClaimPage.Kept, done: String,
        edit: () async throws -> ClaimFileEditor.Edit
    ) async -> Response {
        do {
            _ = try await edit()
        } catch let error as KnowledgeBaseEditError {
            switch error {
            case .unknownClaim:
                return pages.renderer.error(.notFound, message: "\(error)")
            case .conflict:
                return await pages.claim(
                    id, status: .conflict,
                    problem: "\(error). Nothing was written. The page now shows the claim as "
                        + "the file has it; your form is kept below: check it and send it again.",
                    conflict: true, kept: kept)
            case .invalidValue, .unresolvedReference, .unresolvedReferences, .notEditable,
                .wouldBreak:
                return await pages.claim(
                    id, status: .unprocessableContent,
                    problem: "\(error). Nothing was written.", kept: kept)
            case .io:
                return await pages.claim(
                    id, status: .internalServerError,
                    problem: "\(error). Nothing was written.", kept: kept)
            }
        } catch {
            return await pages.claim(
                id, status: .internalServerError,
                problem: "\(error). Nothing was written.", kept: kept)
        }
        var response = Response(status: .seeOther)
        response.headers[.location] = "/claims/\(id)?done=\(done)"
        return response
    }
}
