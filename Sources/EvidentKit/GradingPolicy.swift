@_exported import EvidentGrading
import Foundation

extension Evident {
    /// The grading policy's file name inside `Claims/`.
    public static let policyFile = "Claims/policy.yaml"

    /// The policy of the knowledge base at `root`: the bundled default with
    /// `Claims/policy.yaml` laid over it when that file exists.
    public static func loadPolicy(knowledgeBase root: URL) throws -> Policy {
        let url = root.appendingPathComponent(policyFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return try .bundled() }
        return try loadPolicy(from: url, displayPath: policyFile)
    }

    /// `loadPolicy(knowledgeBase:)`, kept as decoded in `<cache>/policy.cache` between runs
    /// (a check's `<kb>/.evident/`): the file's key is the bundled policy's text, the knowledge
    /// base's `Claims/policy.yaml` (or its absence) and the binary. A stale or damaged file is
    /// decoded again from the YAML; an invalid policy is never kept (the same error each run).
    public static func loadPolicy(knowledgeBase root: URL, cache: URL?) throws -> Policy {
        guard let cache else { return try loadPolicy(knowledgeBase: root) }
        let url = root.appendingPathComponent(policyFile)
        var own: String?
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                own = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw GradingPolicyError(path: policyFile, message: "cannot read the policy file")
            }
        }
        let file = KeptValueFile(folder: cache, name: "policy.cache", magic: "EVPOLCY", format: 1)
        return try file.value(Policy.self, inputs: [try Policy.bundledText(), own]) {
            if let own { return try parsePolicy(own, path: policyFile) }
            return try Policy.bundled()
        }
    }

    /// Reads a policy file (YAML) and lays it over the bundled default.
    public static func loadPolicy(from url: URL, displayPath: String? = nil) throws -> Policy {
        let path = displayPath ?? url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GradingPolicyError(path: path, message: "cannot read the policy file")
        }
        return try parsePolicy(text, path: path)
    }

    /// Lays policy YAML over the bundled default and checks it; `path` is used in messages.
    public static func parsePolicy(_ yaml: String, path: String) throws -> Policy {
        try Policy.overlaid(yaml, path: path)
    }
}
