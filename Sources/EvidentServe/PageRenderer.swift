import Foundation
import Hummingbird
import Mustache

/// Renders the app's pages from the Mustache templates bundled with the module (escaped by
/// default) and serves its two static files.
struct PageRenderer: Sendable {
    /// The templates, by name (`index`, `claim`, `document`, `error`, and their partials).
    let library: MustacheLibrary
    /// `app.css` and `app.js`, by name.
    let assets: [String: String]

    /// Loads the bundled templates and static files.
    static func load() async throws -> PageRenderer {
        guard let templates = Bundle.module.url(forResource: "Templates", withExtension: nil),
            let statics = Bundle.module.url(forResource: "Static", withExtension: nil)
        else { throw ServeError.resourcesMissing }
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: templates.path)
        } catch let error as MustacheLibrary.ParserError {
            throw ServeError.badTemplate(name: error.filename, reason: "\(error.error)")
        }
        var assets: [String: String] = [:]
        for name in ["app.css", "app.js"] {
            let url = statics.appendingPathComponent(name)
            do {
                assets[name] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw ServeError.resourcesMissing
            }
        }
        return PageRenderer(library: library, assets: assets)
    }

    /// The page `template` renders for `model`, as an HTML response.
    func page(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
        guard let html = library.render(model, withTemplate: template) else {
            return Self.plain(
                .internalServerError, "error: the page template '\(template)' is missing")
        }
        return Self.response(status, html, type: "text/html; charset=utf-8")
    }

    /// An error page with `message` (`error: …`).
    func error(_ status: HTTPResponse.Status, message: String) -> Response {
        page(
            "error", ErrorPage(title: status.reasonPhrase, code: status.code, message: message),
            status: status)
    }

    /// A response with `body` of content type `type`.
    static func response(_ status: HTTPResponse.Status, _ body: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// A plain-text response.
    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        response(status, text + "\n", type: "text/plain; charset=utf-8")
    }
}
