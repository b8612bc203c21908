import EvidentStore
import Foundation

/// A small knowledge base for tests: files laid over the base of the checks' examples
/// (`Examples/check-examples.yaml` in EvidentStore), written to disk.
public struct KnowledgeBaseExample: Sendable {
    /// Files by path relative to the root; they replace files of the base with the same path
    /// (an empty text removes the base file).
    public let files: [String: String]
    /// The diagnostics the example's check prints for it.
    public let diagnostics: [String]

    /// Creates an example.
    public init(files: [String: String] = [:], diagnostics: [String] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }

    /// The example of a check, as the bundled data gives it.
    public init(_ example: CheckExample) {
        self.init(files: example.files, diagnostics: example.diagnostics)
    }

    /// The base files merged with this example's files.
    public var allFiles: [String: String] { Self.base.merging(files) { $1 } }

    /// Writes the example's knowledge base under `root`.
    public func write(to root: URL) throws {
        for (path, content) in allFiles where !content.isEmpty {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
    }

    /// The base every example starts from: one document, two claims, two CSL-JSON references.
    public static let base: [String: String] = {
        do {
            return try CheckExamples.bundled().base
        } catch {
            preconditionFailure("the checks' bundled examples cannot be read: \(error)")
        }
    }()

    /// The base claim file `Claims/doc/k2-is-a-vitamin.yaml`, with text replaced.
    public static func claim(replacing old: String = "", with new: String = "") -> String {
        let text = base["Claims/doc/k2-is-a-vitamin.yaml", default: ""]
        return old.isEmpty ? text : text.replacingOccurrences(of: old, with: new)
    }

    /// The base `Sources-Refs/refs.json`, with text replaced.
    public static func references(replacing old: String = "", with new: String = "") -> String {
        let text = base["Sources-Refs/refs.json", default: ""]
        return old.isEmpty ? text : text.replacingOccurrences(of: old, with: new)
    }
}
