import Foundation

/// What `evident serve` serves and where: the knowledge base, the index, and the address it
/// listens on (loopback unless told otherwise).
public struct ServeConfiguration: Sendable {
    /// The address to bind (`127.0.0.1` by default: reachable from this machine only).
    public var host: String
    /// The port (0: any free port; the one chosen is reported when the server listens).
    public var port: Int
    /// The knowledge-base root (holding `Claims/` and `Sources-Refs/`).
    public var root: URL
    /// The SQLite index (`--index`), else `$EVIDENT_INDEX`, else `<root>/.evident/index.sqlite`.
    public var indexPath: String?
    /// The environment (for `SOURCE_DATE_EPOCH`, which fixes the date of reviews).
    public var environment: [String: String]

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8000, root: URL, indexPath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.host = host
        self.port = port
        self.root = root
        self.indexPath = indexPath
        self.environment = environment
    }
}
