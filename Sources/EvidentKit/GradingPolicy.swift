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
