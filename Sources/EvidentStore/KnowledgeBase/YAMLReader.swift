import EvidentModel
import Yams

/// Reads one YAML (or JSON) file into Yams nodes and turns node-level problems into
/// diagnostics with `path:line:col`.
struct YAMLReader {
    /// The file's path as shown to the user (relative to the knowledge-base root).
    let path: String
    /// Problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    /// Parses `text`; `nil` (with a `yaml-syntax` diagnostic) when it is not YAML.
    mutating func parse(_ text: String, format: String = "YAML") -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                report(
                    "yaml-syntax", "empty file (expected a mapping)", at: SourceLocation(path: path)
                )
                return nil
            }
            return node
        } catch let error as YamlError {
            let (line, column, problem) = YAMLReader.describe(error, text: text)
            report(
                "yaml-syntax", "invalid \(format): \(problem)",
                at: SourceLocation(path: path, line: line, column: column))
        } catch {
            report("yaml-syntax", "invalid \(format): \(error)", at: SourceLocation(path: path))
        }
        return nil
    }

    /// ``describe(_:)``, with a duplicate key located at its second occurrence in `text`
    /// (Yams names the first), the first one named in the message.
    static func describe(_ error: YamlError, text: String) -> (Int?, Int?, String) {
        guard case .duplicatedKeysInMapping(let duplicates, let context) = error,
            let key = duplicates.first,
            let (line, column) = YAMLDuplicateKey.second(
                of: key, first: (context.mark.line, context.mark.column), in: text)
        else { return describe(error) }
        let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
        return (
            line, column,
            "duplicate key \(keys) (first at \(context.mark.line):\(context.mark.column))"
        )
    }

    static func describe(_ error: YamlError) -> (Int?, Int?, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (mark.line, mark.column, problem)
        case .reader(let problem, _, _, _):
            return (nil, nil, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return (context.mark.line, context.mark.column, "duplicate key \(keys)")
        default:
            return (nil, nil, "\(error)")
        }
    }

    /// The location of a node (the file when the node has no mark).
    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(path: path) }
        return SourceLocation(path: path, line: mark.line, column: mark.column)
    }

    /// Records a diagnostic.
    mutating func report(
        _ id: String, _ message: String, at location: SourceLocation, severity: Severity = .error
    ) {
        diagnostics.append(
            Diagnostic(location: location, severity: severity, message: message, id: id))
    }

    /// Records a diagnostic at a node.
    mutating func report(_ id: String, _ message: String, at node: Node?) {
        report(id, message, at: location(node))
    }

    /// The keys of a mapping; reports `wrong-type`, `unknown-key` and `missing-key`.
    mutating func mapping(
        _ node: Node, what: String, required: [String], optional: [String]
    ) -> [String: (key: Node, value: Node)]? {
        guard let mapping = node.mapping else {
            report(
                "wrong-type", "expected a mapping for \(what), found \(YAMLReader.kind(node))",
                at: node)
            return nil
        }
        var fields: [String: (key: Node, value: Node)] = [:]
        let known = required + optional
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(
                    "wrong-type", "expected a text key in \(what), found \(YAMLReader.kind(key))",
                    at: key)
                continue
            }
            if known.contains(name) {
                fields[name] = (key, value)
            } else {
                let expected = known.joined(separator: ", ")
                report(
                    "unknown-key",
                    "unknown key '\(name)' in \(what) (expected one of: \(expected))",
                    at: key)
            }
        }
        for name in required where fields[name] == nil {
            report("missing-key", "missing required key '\(name)' in \(what)", at: node)
        }
        return fields
    }

    /// A text value; reports `wrong-type` for lists, mappings and empty values.
    mutating func string(_ node: Node?, key: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            report(
                "wrong-type", "expected text for '\(key)', found \(YAMLReader.kind(node))", at: node
            )
            return nil
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            report("wrong-type", "expected text for '\(key)', found nothing", at: node)
            return nil
        }
        return scalar.string
    }

    /// A whole number from 0 to `maximum`; reports `wrong-type` otherwise.
    mutating func int(_ node: Node?, key: String, maximum: Int = .max) -> Int? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, let value = Int(text), value >= 0, value <= maximum
        else {
            let found = node.scalar.map { "'\($0.string)'" } ?? YAMLReader.kind(node)
            let expected = maximum == .max ? "≥ 0" : "from 0 to \(maximum)"
            report(
                "wrong-type", "expected a whole number \(expected) for '\(key)', found \(found)",
                at: node)
            return nil
        }
        return value
    }

    /// `true` or `false`; reports `wrong-type` otherwise.
    mutating func bool(_ node: Node?, key: String) -> Bool? {
        guard let node else { return nil }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            let found = node.scalar.map { "'\($0.string)'" } ?? YAMLReader.kind(node)
            report(
                "wrong-type", "expected true or false for '\(key)', found \(found)", at: node)
            return nil
        }
    }

    /// A list of texts; reports `wrong-type` otherwise.
    mutating func strings(_ node: Node?, key: String) -> [String] {
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            report(
                "wrong-type", "expected a list for '\(key)', found \(YAMLReader.kind(node))",
                at: node)
            return []
        }
        return sequence.compactMap { string($0, key: key) }
    }

    /// A list of nodes; reports `wrong-type` otherwise.
    mutating func list(_ node: Node?, key: String) -> [Node] {
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            report(
                "wrong-type", "expected a list for '\(key)', found \(YAMLReader.kind(node))",
                at: node)
            return []
        }
        return Array(sequence)
    }

    /// An enumeration value; reports `unknown-value` with the expected values.
    mutating func value<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, _ node: Node?, key: String, name: String, excluding: [T] = []
    ) -> T? where T.RawValue == String {
        guard let node, let text = string(node, key: key) else { return nil }
        let allowed = T.allCases.filter { value in
            !excluding.contains { $0.rawValue == value.rawValue }
        }
        if let value = allowed.first(where: { $0.rawValue == text }) { return value }
        let expected = allowed.map(\.rawValue).joined(separator: ", ")
        report(
            "unknown-value", "unknown \(name) '\(text)' (expected one of: \(expected))", at: node)
        return nil
    }

    /// `a mapping`, `a list` or `text`: what a node is, for messages.
    static func kind(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return "nothing"
            }
            return "text"
        case .alias: return "an alias"
        }
    }
}
