import HTTPTypes
import Hummingbird
import HummingbirdRouter

/// Headers on every response: a content security policy (scripts and styles from this server
/// only, no framing, forms posted to this server only) unless the route set its own, no MIME
/// sniffing, no referrer beyond this server, and no caching (pages carry the form token and
/// the state of files that change). An error thrown further in (no route for the path) becomes
/// an error page with these headers too.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = ServeRequestContext

    /// Renders error pages.
    let pages: PageRenderer

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            let message =
                error.status == .notFound
                ? "error: no page at '\(request.uri.path)'"
                : "error: \(error.status.reasonPhrase.lowercased())"
            response = pages.error(error.status, message: message)
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] =
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        if let name = HTTPField.Name("Referrer-Policy") {
            response.headers[name] = "same-origin"
        }
        if let name = HTTPField.Name("X-Frame-Options") {
            response.headers[name] = "DENY"
        }
        return response
    }
}
