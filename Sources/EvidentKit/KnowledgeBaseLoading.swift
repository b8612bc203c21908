@_exported import EvidentStore
import Foundation

extension Evident {
    /// The default knowledge-base root: the current directory (holding `Claims/` and
    /// `Sources-Refs/`).
    public static var currentDirectory: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    /// Loads the knowledge base under `root` — THE way to read `Claims/` and `Sources-Refs/`.
    ///
    /// Returns the knowledge base (claims in id order, references under every key they are
    /// reachable by, the fingerprint) and every problem `evident validate` would report, in a
    /// stable order. Throws `KnowledgeBaseError` only when `root` is not a knowledge base at all.
    public static func loadKnowledgeBase(
        at root: URL = currentDirectory
    ) throws -> (KnowledgeBase, [Diagnostic]) {
        let (load, diagnostics) = try KnowledgeBaseValidator().validate(root: root)
        return (load.knowledgeBase, diagnostics)
    }

    /// Validates the knowledge base under `root` with `checks` (default: all), returning the
    /// full load (records with field locations) and the diagnostics.
    public static func validateKnowledgeBase(
        at root: URL = currentDirectory, checks: [KnowledgeBaseCheck] = KnowledgeBaseCheck.all
    ) throws -> (KnowledgeBaseLoad, [Diagnostic]) {
        try KnowledgeBaseValidator(checks: checks).validate(root: root)
    }
}
