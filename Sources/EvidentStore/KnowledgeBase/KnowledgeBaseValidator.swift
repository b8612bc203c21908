import EvidentModel
import Foundation

/// Validates a knowledge base: every problem of every file, then every check.
public struct KnowledgeBaseValidator: Sendable {
    /// The checks it runs.
    public let checks: [KnowledgeBaseCheck]

    /// Creates a validator running `checks` (default: all).
    public init(checks: [KnowledgeBaseCheck] = KnowledgeBaseCheck.all) {
        self.checks = checks
    }

    /// Loads and validates the knowledge base under `root`.
    public func validate(root: URL) throws -> (KnowledgeBaseLoad, [Diagnostic]) {
        let load = try KnowledgeBaseLoader().load(root: root)
        return (load, validate(load))
    }

    /// The problems found while reading plus those of every check, in path, line, column order.
    public func validate(_ load: KnowledgeBaseLoad) -> [Diagnostic] {
        let found = load.diagnostics + checks.compactMap(\.run).flatMap { $0(load) }
        return Self.sorted(found)
    }

    /// Diagnostics in a stable order: path, line, column, id, message.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            let left = (a.location.path, a.location.line ?? 0, a.location.column ?? 0)
            let right = (b.location.path, b.location.line ?? 0, b.location.column ?? 0)
            if left != right { return left < right }
            return (a.id ?? "", a.message) < (b.id ?? "", b.message)
        }
    }
}
