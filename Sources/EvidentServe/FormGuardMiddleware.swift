import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdRouter

/// Guards every POST against cross-site request forgery and reads its form: the request must
/// not come from another site (`Sec-Fetch-Site`, `Origin`), must be a form no larger than
/// ``limit``, and must carry the server's secret token in its `csrf` field. The fields go into
/// the context; a refused request gets 403 (413, 415, 400) and nothing is written.
struct FormGuardMiddleware: RouterMiddleware {
    typealias Context = ServeRequestContext

    /// The per-server secret every form carries.
    let token: CSRFToken
    /// Renders refusals.
    let pages: PageRenderer
    /// The largest form accepted, in bytes.
    let limit = 256 * 1024

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method != .get, request.method != .head else {
            return try await next(request, context)
        }
        if let site = Self.field("sec-fetch-site", in: request.headers),
            site != "same-origin", site != "none"
        {
            return pages.error(
                .forbidden,
                message: "error: the form was sent from another site (Sec-Fetch-Site '\(site)'); "
                    + "this server accepts forms from its own pages only")
        }
        if let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard origin.lowercased() == "http://" + host.lowercased() else {
                return pages.error(
                    .forbidden,
                    message: "error: the form was sent from another site (origin '\(origin)'); "
                        + "this server accepts forms from its own pages only")
            }
        }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else {
            let shown = type.isEmpty ? "none" : "'\(type)'"
            return pages.error(
                .unsupportedMediaType,
                message: "error: unsupported content type \(shown) "
                    + "(expected application/x-www-form-urlencoded)")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch {
            return pages.error(
                .contentTooLarge, message: "error: the form is larger than \(limit) bytes")
        }
        guard let form = FormBody.parse(String(buffer: body)) else {
            return pages.error(
                .badRequest,
                message: "error: the form could not be read (expected name=value pairs in "
                    + "percent-encoded UTF-8)")
        }
        guard token.matches(form["csrf"]) else {
            return pages.error(
                .forbidden,
                message: "error: the form's security token is missing or wrong "
                    + "(reload the page and send the form again)")
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }

    /// The value of a header by its lowercase name, trimmed and lowercased.
    static func field(_ name: String, in headers: HTTPFields) -> String? {
        headers.first { $0.name.canonicalName == name }?.value.lowercased()
            .trimmingCharacters(in: .whitespaces)
    }
}
