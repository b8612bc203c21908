import Foundation
import Yams

extension Policy {
    /// The name of the bundled default policy (a resource of this module).
    public static let bundledName = "default-policy.yaml"

    /// The bundled default policy, read and checked once per process.
    public static func bundled() throws -> Policy { try bundledResult.get() }

    /// The bundled default policy's YAML text.
    public static func bundledText() throws -> String {
        guard
            let url = Bundle.module.url(
                forResource: "default-policy", withExtension: "yaml")
        else {
            throw GradingPolicyError(
                path: bundledName, message: "the bundled default policy is missing")
        }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GradingPolicyError(
                path: bundledName, message: "cannot read the bundled default policy")
        }
    }

    private static let bundledResult: Result<Policy, GradingPolicyError> = {
        do {
            return .success(try overlaid(nil, path: bundledName))
        } catch let error as GradingPolicyError {
            return .failure(error)
        } catch {
            return .failure(GradingPolicyError(path: bundledName, message: "\(error)"))
        }
    }()

    /// The bundled default policy with `yaml` (a knowledge base's `Claims/policy.yaml`) laid
    /// over it: mappings merge key by key, a list or a value replaces the default's. Unknown
    /// keys, unknown names and out-of-range numbers are errors naming `path`.
    public static func overlaid(_ yaml: String?, path: String) throws -> Policy {
        let base = try compose(try bundledText(), path: bundledName)
        var merged = base
        if let yaml {
            let overrides = try compose(yaml, path: path)
            if let unknown = try unknownKeys(in: overrides).first {
                throw GradingPolicyError(path: path, message: unknown)
            }
            merged = merge(base, overrides)
        }
        let policy: Policy
        do {
            policy = try YAMLDecoder().decode(Policy.self, from: merged)
        } catch let error as DecodingError {
            throw GradingPolicyError(path: path, message: describe(error))
        } catch {
            throw GradingPolicyError(path: path, message: "\(error)")
        }
        if let problem = policy.problems().first {
            throw GradingPolicyError(path: path, message: problem)
        }
        return policy
    }

    private static func compose(_ yaml: String, path: String) throws -> Node {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw GradingPolicyError(path: path, message: "invalid YAML: \(error)")
        }
        guard let node else { return Node.mapping(Node.Mapping([])) }
        guard node.mapping != nil else {
            throw GradingPolicyError(path: path, message: "expected a mapping at the top level")
        }
        return node
    }

    /// `overrides` laid over `base`: mappings merge recursively; anything else replaces.
    static func merge(_ base: Node, _ overrides: Node) -> Node {
        guard var merged = base.mapping, let changes = overrides.mapping else { return overrides }
        for (key, value) in changes {
            guard let name = key.string else { continue }
            if let current = merged[name], current.mapping != nil, value.mapping != nil {
                merged[name] = merge(current, value)
            } else {
                merged[name] = value
            }
        }
        return .mapping(merged)
    }

    /// Mappings whose keys are free (design names, categories …) rather than field names.
    private static let freeMaps: Set<String> = [
        "levels", "starts", "kinds", "classification.primary-study-fallback",
        "classification.csl-types", "kinds.*.starts",
    ]

    /// Keys the policy format does not know (a typo would otherwise be ignored silently),
    /// found by comparing the document with the shape of an encoded policy.
    static func unknownKeys(in document: Node) throws -> [String] {
        var sample = try bundledShape()
        sample.forms = [Form(name: "", family: "")]
        let data = try JSONEncoder().encode(sample)
        let shape = try JSONSerialization.jsonObject(with: data)
        var problems: [String] = []
        func walk(_ node: Node, _ shape: Any, _ path: String) {
            if let map = node.mapping, let shapeMap = shape as? [String: Any] {
                let free = freeMaps.contains(path)
                for (key, value) in map {
                    let name = key.string ?? ""
                    let child = path.isEmpty ? name : "\(path).\(free ? "*" : name)"
                    if free {
                        if let sample = shapeMap.values.first { walk(value, sample, child) }
                    } else if let sub = shapeMap[name] {
                        walk(value, sub, child)
                    } else {
                        let place = path.isEmpty ? "the policy" : "'\(path)'"
                        problems.append(
                            "unknown key '\(name)' in \(place) (expected one of: "
                                + shapeMap.keys.sorted().joined(separator: ", ") + ")")
                    }
                }
            } else if let list = node.sequence, let shapeList = shape as? [Any] {
                var keys: [String: Any] = [:]
                for item in shapeList {
                    for (key, value) in item as? [String: Any] ?? [:] { keys[key] = value }
                }
                guard !keys.isEmpty else { return }
                for item in list { walk(item, keys, path) }
            }
        }
        walk(document, shape, "")
        return problems
    }

    /// The bundled policy decoded without the overlay checks (for its shape).
    private static func bundledShape() throws -> Policy {
        let base = try compose(try bundledText(), path: bundledName)
        do {
            return try YAMLDecoder().decode(Policy.self, from: base)
        } catch let error as DecodingError {
            throw GradingPolicyError(path: bundledName, message: describe(error))
        } catch {
            throw GradingPolicyError(path: bundledName, message: "\(error)")
        }
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
