import EvidentModel
import Yams

/// The reading every record file shares (`_document.yaml`, claim files): the top mapping with
/// its schema, a kebab-case id, dates.
extension YAMLReader {
    /// The fields of a record file: `text` parsed, its top mapping checked against `required`
    /// and `optional` keys, its `schema` checked against `schema`. `nil` when there is no
    /// mapping to read.
    mutating func record(
        _ text: String, what: String, schema: String, required: [String], optional: [String]
    ) -> [String: (key: Node, value: Node)]? {
        guard let root = parse(text),
            let fields = mapping(root, what: what, required: required, optional: optional)
        else { return nil }
        if let node = fields["schema"]?.value, let found = string(node, key: "schema"),
            found != schema
        {
            report(
                "unknown-value", "unknown schema '\(found)' (expected one of: \(schema))",
                at: node)
        }
        return fields
    }

    /// A kebab-case id (`a-z`, `0-9`, single hyphens); reports `malformed-value` otherwise.
    mutating func id(_ node: Node?, what: String) -> ClaimID? {
        guard let node, let text = string(node, key: "id") else { return nil }
        guard let id = ClaimID(text) else {
            report(
                "malformed-value",
                "invalid \(what) id '\(text)' (expected kebab-case: a-z, 0-9 and single hyphens)",
                at: node)
            return nil
        }
        return id
    }

    /// A `YYYY-MM-DD` date; reports `malformed-value` otherwise.
    mutating func date(_ node: Node?, key: String) -> String? {
        guard let node, let text = string(node, key: key) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid =
            parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && (1...12).contains(Int(parts[1]) ?? 0) && (1...31).contains(Int(parts[2]) ?? 0)
        guard valid else {
            report("malformed-value", "invalid \(key) '\(text)' (expected YYYY-MM-DD)", at: node)
            return nil
        }
        return text
    }
}
