import Hummingbird
import HummingbirdRouter

/// The pages: `/` (the claims), `/claims/{id}`, `/documents/{id}`, `/report` (the HTML audit
/// report) and the two static files.
struct PageController: RouterController {
    typealias Context = ServeRequestContext

    /// Builds the pages.
    let pages: PageBuilder

    var body: some RouterMiddleware<Context> {
        Get("/") { request, _ in
            await pages.index(query: Self.query(request))
        }
        Get("claims/{id}") { request, context in
            let id = context.parameters.get("id") ?? ""
            let notice = Self.query(request)["done"].flatMap(Self.notice)
            return await pages.claim(id, notice: notice)
        }
        Get("documents/{id}") { _, context in
            await pages.document(context.parameters.get("id") ?? "")
        }
        Get("report") { _, _ in
            await pages.report()
        }
        Get("static/{name}") { _, context in
            let name = context.parameters.get("name") ?? ""
            guard let text = pages.renderer.assets[name] else {
                return pages.renderer.error(
                    .notFound, message: "error: no static file '\(name)'")
            }
            let type =
                name.hasSuffix(".css")
                ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
            return PageRenderer.response(.ok, text, type: type)
        }
    }

    /// The query's parameters (the first value of each).
    static func query(_ request: Request) -> [String: String] {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where query[String(key)] == nil {
            query[String(key)] = String(value)
        }
        return query
    }

    /// What the page says after an accepted form (`?done=review`).
    static func notice(_ done: String) -> String? {
        switch done {
        case "review": return "Review recorded in the claim file; the claim is graded anew."
        case "cite": return "Citation saved in the claim file; the claim is graded anew."
        case "status": return "Status saved in the claim file."
        default: return nil
        }
    }
}
