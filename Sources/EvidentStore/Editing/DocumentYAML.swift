import EvidentModel

/// Source-document YAML (`_document.yaml`, `schema: evident-document/1`) as `evident new`
/// writes it: the text as a literal block, exactly as read (line breaks normalised to `\n`).
enum DocumentYAML {
    /// A whole document file.
    static func file(
        _ document: SourceDocument, nonClaims: [(text: String, reason: String)]
    ) -> String {
        var text = "schema: evident-document/1\n"
        text += YAMLScalarWriter.entry("id", document.id, indent: 0)
        text += YAMLScalarWriter.entry("title", document.title, indent: 0)
        text += YAMLScalarWriter.entry("origin", document.origin, indent: 0)
        text += YAMLScalarWriter.entry("retrieved", document.retrieved, indent: 0)
        if !nonClaims.isEmpty {
            text +=
                "# Headings and questions: text that makes no claim (the coverage check skips them).\n"
            text +=
                "non-claims:\n" + nonClaims.map { nonClaim($0.text, $0.reason, indent: 2) }.joined()
        }
        text += "# The full text, exactly as retrieved (line breaks normalised to \\n).\n"
        text += YAMLScalarWriter.literalEntry("text", document.text, indent: 0)
        return text
    }

    /// One `non-claims` item whose `-` sits at `indent`.
    static func nonClaim(_ text: String, _ reason: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return pad + "- text: " + YAMLScalarWriter.quoted(text) + "\n"
            + YAMLScalarWriter.entry("reason", reason, indent: indent + 2)
    }
}
