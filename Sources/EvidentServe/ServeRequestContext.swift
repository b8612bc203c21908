import Hummingbird
import HummingbirdRouter

/// The request context of the review app: the router's, plus the fields of a POSTed form
/// (read once, by ``FormGuardMiddleware``, after its security checks).
struct ServeRequestContext: RouterRequestContext {
    /// The router's state.
    var routerContext: RouterBuilderContext
    /// Hummingbird's state.
    var coreContext: CoreRequestContextStorage
    /// The form fields of a POST, by name (empty for other methods).
    var form: [String: String]

    /// Creates the context of a new request.
    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.routerContext = .init()
        self.form = [:]
    }
}
