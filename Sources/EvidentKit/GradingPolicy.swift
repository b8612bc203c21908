@_exported import EvidentGrading
import Foundation
import Yams

extension Evident {
    /// The grading policy's file name inside `Claims/`.
    public static let policyFile = "Claims/policy.yaml"

    /// The policy of the knowledge base at `root`: `Claims/policy.yaml` when it exists, else
    /// `Policy.default`.
    public static func loadPolicy(knowledgeBase root: URL) throws -> Policy {
        let url = root.appendingPathComponent(policyFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return .default }
        return try loadPolicy(from: url, displayPath: policyFile)
    }

    /// Reads and checks a policy file (YAML).
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

    /// Parses and checks policy YAML; `path` is used in error messages.
    public static func parsePolicy(_ yaml: String, path: String) throws -> Policy {
        let policy: Policy
        do {
            policy = try YAMLDecoder().decode(Policy.self, from: yaml)
        } catch let error as YamlError {
            throw GradingPolicyError(path: path, message: "invalid YAML: \(error)")
        } catch let error as DecodingError {
            throw GradingPolicyError(path: path, message: describe(error))
        } catch {
            throw GradingPolicyError(path: path, message: "\(error)")
        }
        if let problem = policy.problems().first {
            throw GradingPolicyError(path: path, message: problem)
        }
        if let unknown = unknownPolicyKeys(in: yaml).first {
            throw GradingPolicyError(path: path, message: unknown)
        }
        return policy
    }

    /// Mappings whose keys are free (design names, categories …) rather than field names.
    private static let freePolicyMaps: Set<String> = [
        "levels", "starts", "weights", "population-weights", "paths",
        "classification.primary-study-fallback", "classification.csl-types", "paths.*.starts",
    ]

    /// Keys the policy format does not know (a typo would otherwise be ignored silently),
    /// found by comparing the YAML with the encoded default policy.
    static func unknownPolicyKeys(in yaml: String) -> [String] {
        guard let document = try? Yams.load(yaml: yaml),
            let data = try? JSONEncoder().encode(Policy.default),
            let known = try? JSONSerialization.jsonObject(with: data)
        else { return [] }
        var problems: [String] = []
        func walk(_ node: Any, _ shape: Any, _ path: String) {
            if let map = node as? [String: Any], let shapeMap = shape as? [String: Any] {
                let free = freePolicyMaps.contains(path)
                for key in map.keys.sorted() {
                    let child = path.isEmpty ? key : "\(path).\(free ? "*" : key)"
                    if free {
                        if let sample = shapeMap.values.first {
                            walk(map[key] as Any, sample, child)
                        }
                    } else if let sub = shapeMap[key] {
                        walk(map[key] as Any, sub, child)
                    } else {
                        let place = path.isEmpty ? "the policy" : "'\(path)'"
                        problems.append(
                            "unknown key '\(key)' in \(place) (expected one of: "
                                + shapeMap.keys.sorted().joined(separator: ", ") + ")")
                    }
                }
            } else if let list = node as? [Any], let shapeList = shape as? [Any],
                let sample = shapeList.first
            {
                for item in list { walk(item, sample, path) }
            }
        }
        walk(document as Any, known, "")
        return problems
    }

    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = at(context.codingPath)
            return "missing key '\(key.stringValue)'" + (parent.isEmpty ? "" : " in '\(parent)'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at '\(at(context.codingPath))': \(context.debugDescription)"
        case .dataCorrupted(let context):
            return "invalid value at '\(at(context.codingPath))': \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

/// A grading policy file that cannot be used: `path: error: message`.
public struct GradingPolicyError: Error, CustomStringConvertible, Equatable {
    /// The policy file.
    public var path: String
    /// What is wrong, lowercase, values quoted.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `Claims/policy.yaml: error: missing key 'levels'`.
    public var description: String { "\(path): error: \(message)" }
}
