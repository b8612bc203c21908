import EvidentModel
import Yams

/// Reads a rule pack with positions: the YAML is composed into nodes and every rule is decoded
/// from its own node, so that a problem is reported at `path:line:col`. A pack holds `rules`
/// and, optionally, `classes` of its own (word classes its patterns use, beside the lexicon's)
/// and `example-claims` (the graded claims its evidence rules' examples run against).
enum RulePackReader {
    /// A pack's rules, each with its position, its own word classes and its example claims.
    struct Pack {
        var rules: [(rule: Rule, line: Int?, column: Int?)]
        var classes: [String: [String]]
        var exampleClaims: [ClaimAssessment] = []
    }

    /// The keys a pack may have.
    static let packKeys: Set<String> = ["rules", "classes", "example-claims"]

    /// Parses a pack's text; `path` is used in error messages.
    static func read(_ yaml: String, path: String) throws -> Pack {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw CheckError.invalidRulePack(
                    path: path, message: "empty rule pack (expected a mapping with 'rules')")
            }
            root = node
        } catch let error as YamlError {
            let (line, column, problem) = describe(error)
            throw CheckError.invalidRulePack(
                path: path, line: line, column: column, message: "invalid YAML: \(problem)")
        }
        func fail(_ node: Node?, _ message: String) -> CheckError {
            CheckError.invalidRulePack(
                path: path, line: node?.mark?.line, column: node?.mark?.column, message: message)
        }
        guard let mapping = root.mapping else {
            throw fail(root, "a rule pack is a mapping with 'rules' (and optional 'classes')")
        }
        for (key, _) in mapping {
            guard let name = key.string, packKeys.contains(name) else {
                throw fail(
                    key,
                    "unknown key '\(key.string ?? "")' (expected one of: \(packKeys.sorted().joined(separator: ", ")))"
                )
            }
        }
        guard let rulesNode = mapping["rules"] else {
            throw fail(root, "missing key 'rules' (expected a list of rules)")
        }
        guard let list = rulesNode.sequence else {
            throw fail(rulesNode, "'rules' must be a list of rules")
        }
        var rules: [(rule: Rule, line: Int?, column: Int?)] = []
        for node in list {
            guard let ruleMapping = node.mapping else {
                throw fail(node, "a rule is a mapping (id, market, severity, category …)")
            }
            let id = ruleMapping["id"]?.string ?? "?"
            for (key, _) in ruleMapping {
                let name = key.string ?? ""
                guard Rule.CodingKeys(stringValue: name) != nil else {
                    let known = Rule.keyNames.joined(separator: ", ")
                    throw fail(
                        key, "rule '\(id)': unknown key '\(name)' (expected one of: \(known))")
                }
            }
            do {
                let rule = try YAMLDecoder().decode(Rule.self, from: node)
                rules.append((rule, node.mark?.line, node.mark?.column))
            } catch let error as DecodingError {
                let (at, problem) = explain(error, in: ruleMapping)
                throw fail(at ?? node, "rule '\(id)': \(problem)")
            }
        }
        var classes: [String: [String]] = [:]
        if let classesNode = mapping["classes"] {
            guard let classMapping = classesNode.mapping else {
                throw fail(classesNode, "'classes' must map class names to lists of phrases")
            }
            for (key, value) in classMapping {
                guard let name = key.string, let phrases = value.sequence,
                    phrases.allSatisfy({ $0.string != nil })
                else {
                    throw fail(key, "class '\(key.string ?? "")' must be a list of phrases")
                }
                classes[name] = phrases.compactMap(\.string)
            }
        }
        let examples = try mapping["example-claims"].map { try exampleClaims($0, fail: fail) }
        return Pack(rules: rules, classes: classes, exampleClaims: examples ?? [])
    }

    /// The node a decoding error points at (within a rule) and what went wrong.
    static func explain(_ error: DecodingError, in rule: Node.Mapping) -> (Node?, String) {
        func node(_ path: [any CodingKey]) -> Node? {
            path.first.flatMap { rule[$0.stringValue] }
        }
        switch error {
        case .keyNotFound(let key, _):
            return (nil, "missing key '\(key.stringValue)'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let key = context.codingPath.first?.stringValue ?? ""
            return (
                node(context.codingPath), "wrong type for '\(key)' (\(context.debugDescription))"
            )
        case .dataCorrupted(let context):
            let key = context.codingPath.first?.stringValue ?? ""
            let value = node(context.codingPath)?.string.map { " '\($0)'" } ?? ""
            // A range the value is out of is said; other reasons are the decoder's own words.
            let expected =
                context.debugDescription.hasPrefix("expected ")
                ? " (\(context.debugDescription))" : ""
            return (node(context.codingPath), "invalid value\(value) for '\(key)'\(expected)")
        @unknown default:
            return (nil, "\(error)")
        }
    }

    static func describe(_ error: YamlError) -> (Int?, Int?, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (mark.line, mark.column, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return (context.mark.line, context.mark.column, "duplicate key \(keys)")
        default:
            return (nil, nil, "\(error)")
        }
    }
}
