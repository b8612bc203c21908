import Foundation
import Yams

/// The examples of `evident validate`'s checks, read from the data file
/// `Examples/check-examples.yaml` bundled with EvidentStore: a small clean knowledge base (the
/// base) and, per check id, a passing and a failing example laid over it. They are the checks'
/// documentation (`validate --explain`) and, run by the tests, their proof.
public struct CheckExamples: Sendable {
    /// The base files, by path relative to the root.
    public var base: [String: String]
    /// Per check id: the passing and the failing example.
    public var examples: [String: (passing: CheckExample, failing: CheckExample)]

    /// The bundled file's name, as errors name it.
    public static let fileName = "check-examples.yaml"

    /// The bundled examples (read once); throws ``KnowledgeBaseError`` naming the file when it
    /// is missing or not in the expected shape.
    public static func bundled() throws -> CheckExamples { try cached.get() }

    private static let cached: Result<CheckExamples, KnowledgeBaseError> = Result {
        guard
            let url = Bundle.module.url(forResource: "Examples", withExtension: nil)?
                .appendingPathComponent(fileName),
            FileManager.default.fileExists(atPath: url.path)
        else {
            throw KnowledgeBaseError.unreadable(
                path: fileName, reason: "the bundled check examples are missing")
        }
        return try read(url)
    }.mapError { error in
        error as? KnowledgeBaseError
            ?? KnowledgeBaseError.unreadable(path: fileName, reason: "\(error)")
    }

    /// Reads an examples file.
    static func read(_ url: URL) throws -> CheckExamples {
        struct Example: Decodable {
            var files: [String: String]?
            var diagnostics: [String]?
            var value: CheckExample {
                CheckExample(files: files ?? [:], diagnostics: diagnostics ?? [])
            }
        }
        struct Pair: Decodable {
            var passing: Example?
            var failing: Example?
        }
        struct File: Decodable {
            var base: [String: String]
            var checks: [String: Pair]
        }
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: try Data(contentsOf: url))
        } catch {
            throw KnowledgeBaseError.unreadable(
                path: fileName, reason: "the check examples cannot be read (\(error))")
        }
        return CheckExamples(
            base: file.base,
            examples: file.checks.mapValues {
                (
                    passing: $0.passing?.value ?? CheckExample(),
                    failing: $0.failing?.value ?? CheckExample()
                )
            })
    }

    /// A check's examples; throws when the data has none for it.
    public func examples(of id: String) throws -> (passing: CheckExample, failing: CheckExample) {
        guard let pair = examples[id] else {
            throw KnowledgeBaseError.unreadable(
                path: Self.fileName, reason: "no examples for the check '\(id)'")
        }
        return pair
    }
}
