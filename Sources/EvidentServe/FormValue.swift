import EvidentKit

/// Reads the values of a posted form, with the messages `evident validate` gives for the same
/// values in a claim file (`unknown stance 'proves' (expected one of: …)`).
enum FormValue {
    /// The trimmed text of `field`; `nil` when missing or blank.
    static func text(_ fields: [String: String], _ field: String) -> String? {
        guard let value = fields[field]?.trimmingWhitespace(), !value.isEmpty else { return nil }
        return value
    }

    /// One of an enumeration's values; `nil` when the field is blank and not `required`.
    static func choice<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, _ fields: [String: String], _ field: String, name: String,
        required: Bool = false, excluding: [T] = []
    ) throws -> T? where T.RawValue == String {
        let allowed = T.allCases.filter { value in
            !excluding.contains { $0.rawValue == value.rawValue }
        }
        let expected = allowed.map(\.rawValue).joined(separator: ", ")
        guard let text = text(fields, field) else {
            guard required else { return nil }
            throw KnowledgeBaseEditError.invalidValue(
                "missing field '\(field)' (expected one of: \(expected))")
        }
        if let value = allowed.first(where: { $0.rawValue == text }) { return value }
        throw KnowledgeBaseEditError.invalidValue(
            "unknown \(name) '\(text)' (expected one of: \(expected))")
    }

    /// `true` or `false`; `nil` when blank.
    static func bool(_ fields: [String: String], _ field: String) throws -> Bool? {
        guard let text = text(fields, field) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            throw KnowledgeBaseEditError.invalidValue(
                "expected true or false for '\(field)', found '\(text)'")
        }
    }

    /// A whole number ≥ 0; `nil` when blank.
    static func count(_ fields: [String: String], _ field: String) throws -> Int? {
        guard let text = text(fields, field) else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw KnowledgeBaseEditError.invalidValue(
                "expected a whole number ≥ 0 for '\(field)', found '\(text)'")
        }
        return value
    }

    /// The version of the claim file the form was made from (a hidden field).
    static func version(_ fields: [String: String]) throws -> String {
        guard let version = text(fields, "version") else {
            throw KnowledgeBaseEditError.invalidValue(
                "missing field 'version' (the version of the claim file the form was made "
                    + "from; reload the page)")
        }
        return version
    }
}
