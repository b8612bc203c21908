/// Why `evident serve` could not start.
public enum ServeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The templates or static files are not beside the binary.
    case resourcesMissing
    /// A bundled template does not parse.
    case badTemplate(name: String, reason: String)
    /// The address could not be bound (in use, not an address of this machine …).
    case cannotListen(host: String, port: Int, reason: String)
    /// The knowledge base cannot be read.
    case unreadableKnowledgeBase(String)

    /// `error: …`, lowercase, values quoted.
    public var description: String {
        switch self {
        case .resourcesMissing:
            return "error: the web app's templates are missing (reinstall evident)"
        case .badTemplate(let name, let reason):
            return "error: template '\(name)' does not parse: \(reason)"
        case .cannotListen(let host, let port, let reason):
            return "error: cannot listen on '\(host)' port \(port): \(reason)"
        case .unreadableKnowledgeBase(let message):
            return message
        }
    }
}
