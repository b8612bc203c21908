import Hummingbird
import HummingbirdRouter

/// Refuses every request whose `Host` does not name this server (DNS rebinding: a foreign
/// page on a name that resolves to this machine), with 421 and a page saying why.
struct HostCheckMiddleware: RouterMiddleware {
    typealias Context = ServeRequestContext

    /// The bind address as configured.
    let bindHost: String
    /// The port, known once the server listens.
    let listening: ListeningPort
    /// Renders the refusal.
    let pages: PageRenderer

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let allowed = AllowedHosts(bindHost: bindHost, port: listening.port)
        let host = request.head.authority
        guard allowed.allows(host) else {
            let shown = host.map { "'\($0)'" } ?? "no host"
            return pages.error(
                .misdirectedRequest,
                message: "error: host \(shown) is not this server's "
                    + "(expected \(allowed.canonical) or localhost:\(allowed.port))")
        }
        return try await next(request, context)
    }
}
