import Foundation

/// A small knowledge base for a check's documentation: files laid over `KnowledgeBaseExample.base`.
public struct KnowledgeBaseExample: Sendable {
    /// Files by path relative to the root; they replace files of the base with the same path
    /// (an empty text removes the base file).
    public let files: [String: String]
    /// The diagnostics the check prints for it (empty for a passing example).
    public let diagnostics: [String]

    /// Creates an example.
    public init(files: [String: String] = [:], diagnostics: [String] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }

    /// The base files merged with this example's files.
    public var allFiles: [String: String] { KnowledgeBaseExample.base.merging(files) { $1 } }

    /// Writes the example's knowledge base under `root`.
    public func write(to root: URL) throws {
        for (path, content) in allFiles where !content.isEmpty {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
    }

    /// The minimal clean knowledge base every example starts from: one document, two claims,
    /// two CSL-JSON references.
    public static let base: [String: String] = [
        "Claims/doc/_document.yaml": """
        schema: evident-document/1
        id: doc
        title: A test document
        origin: tests
        retrieved: 2026-01-01
        non-claims:
          - text: "Q: What is it?"
            reason: question
        text: |-
          Q: What is it?
          Vitamin K2 is a vitamin. It is found in natto.

        """,
        "Claims/doc/k2-is-a-vitamin.yaml": claim(),
        "Claims/doc/k2-in-natto.yaml": """
        schema: evident-claim/1
        id: k2-in-natto
        document: doc
        quote: It is found in natto.
        statement: Natto contains vitamin K2.
        category: composition
        citations:
          - ref: doi:10.1000/natto
            stance: supports

        """,
        "Sources-Refs/refs.json": references(),
    ]

    /// The base claim file `Claims/doc/k2-is-a-vitamin.yaml`, with lines replaced.
    static func claim(replacing old: String = "", with new: String = "") -> String {
        let text = """
            schema: evident-claim/1
            id: k2-is-a-vitamin
            document: doc
            quote: Vitamin K2 is a vitamin.
            position:
              section: "Q: What is it?"
              line: 2
              start: 15
              end: 39
            statement: Vitamin K2 is a vitamin.
            category: definition
            citations:
              - ref: ods
                stance: supports

            """
        return old.isEmpty ? text : text.replacingOccurrences(of: old, with: new)
    }

    /// The base `Sources-Refs/refs.json`, with text replaced.
    static func references(replacing old: String = "", with new: String = "") -> String {
        let text = """
            [
              {"id": "ods", "type": "webpage", "title": "Vitamin K fact sheet",
               "custom": {"design": "reference", "population": "mixed"}},
              {"id": "natto2000", "type": "article-journal", "title": "Vitamin K2 in natto",
               "DOI": "10.1000/natto", "custom": {"design": "composition", "population": "in-vitro"}}
            ]

            """
        return old.isEmpty ? text : text.replacingOccurrences(of: old, with: new)
    }
}
