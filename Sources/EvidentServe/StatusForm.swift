import EvidentKit

/// The draft form (`POST /claims/{id}/status`): `evident edit CLAIM --status checked|draft`.
struct StatusForm: Sendable {
    /// `checked` (the editor checked the draft) or `draft`.
    var draft: Bool
    /// The version of the claim file the editor saw.
    var version: String

    /// The values of the `status` field.
    enum Status: String, CaseIterable {
        case checked, draft
    }

    /// Reads the form; throws ``KnowledgeBaseEditError/invalidValue(_:)`` with what is wrong.
    init(_ fields: [String: String]) throws {
        guard
            let status = try FormValue.choice(
                Status.self, fields, "status", name: "status", required: true)
        else { throw KnowledgeBaseEditError.invalidValue("missing field 'status'") }
        draft = status == .draft
        version = try FormValue.version(fields)
    }
}
