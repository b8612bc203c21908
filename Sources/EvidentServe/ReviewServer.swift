import EvidentKit
import Foundation
import Hummingbird
import HummingbirdRouter
import Logging
import NIOCore

/// `evident serve`: a local web app over a knowledge base for editors and reviewers. Pages show
/// the evidence as the HTML audit report does; forms sign claims off and cite references by
/// writing the claim files through the code of `evident review` and `evident cite`, so
/// `Claims/` stays the single source of truth.
///
/// Every request must name this server in its `Host` (DNS rebinding); every POST must come
/// from this server's pages (`Origin`, `Sec-Fetch-Site`) and carry its secret token (CSRF).
public struct ReviewServer: Sendable {
    /// What to serve, and where.
    public let configuration: ServeConfiguration

    /// Creates a server.
    public init(configuration: ServeConfiguration) {
        self.configuration = configuration
    }

    /// Serves until the process is interrupted (SIGINT, SIGTERM). `onListening` receives the
    /// URL once the server listens (with the port chosen when the configuration's is 0).
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        let application = try await makeApplication(onListening: onListening)
        do {
            try await application.runService()
        } catch let error as IOError {
            throw ServeError.cannotListen(
                host: configuration.host, port: configuration.port, reason: error.description)
        }
    }

    /// The application: middleware (security headers, Host check, form guard), then the pages
    /// and the actions.
    func makeApplication(
        onListening: @escaping @Sendable (String) -> Void
    ) async throws -> some ApplicationProtocol {
        let renderer = try await PageRenderer.load()
        let token = CSRFToken()
        let listening = ListeningPort(configuration.port)
        let service = KnowledgeBaseService(
            root: configuration.root, indexPath: configuration.indexPath,
            environment: configuration.environment)
        let pages = PageBuilder(service: service, renderer: renderer, token: token)
        let host = configuration.host
        let router = RouterBuilder(context: ServeRequestContext.self) {
            SecurityHeadersMiddleware(pages: renderer)
            HostCheckMiddleware(bindHost: host, listening: listening, pages: renderer)
            FormGuardMiddleware(token: token, pages: renderer)
            PageController(pages: pages)
            ActionController(pages: pages)
        }
        var logger = Logger(label: "evident-serve")
        logger.logLevel = .warning
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: configuration.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? listening.port
                listening.port = port
                let shown = AllowedHosts(bindHost: host, port: port).canonical
                onListening("http://\(shown)/")
            },
            logger: logger)
    }
}
