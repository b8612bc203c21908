import EvidentModel
import Yams

/// Reads a source document file (`_document.yaml`, `schema: evident-document/1`).
struct DocumentFileReader {
    /// The schema this reader understands.
    static let schema = "evident-document/1"

    /// Reads `text` from `path`; returns the record (or `nil`) and the problems found.
    static func read(_ text: String, path: String) -> (DocumentRecord?, [Diagnostic]) {
        var reader = YAMLReader(path: path)
        guard
            let fields = reader.record(
                text, what: "document", schema: schema,
                required: ["schema", "id", "title", "origin", "retrieved", "text"],
                optional: ["non-claims"])
        else { return (nil, reader.diagnostics) }
        let id = reader.id(fields["id"]?.value, what: "document")?.rawValue
        let title = reader.string(fields["title"]?.value, key: "title")
        let origin = reader.string(fields["origin"]?.value, key: "origin")
        let retrieved = reader.date(fields["retrieved"]?.value, key: "retrieved")
        let body = reader.string(fields["text"]?.value, key: "text")
        var spans: [NonClaimSpan] = []
        for node in reader.list(fields["non-claims"]?.value, key: "non-claims") {
            guard
                let span = reader.mapping(
                    node, what: "non-claim", required: ["text", "reason"], optional: [])
            else { continue }
            let spanText = reader.string(span["text"]?.value, key: "text")
            let reason = reader.string(span["reason"]?.value, key: "reason")
            if let spanText, let reason {
                spans.append(
                    NonClaimSpan(
                        text: spanText, reason: reason,
                        location: reader.location(span["text"]?.value)))
            }
        }
        guard let id, let title, let origin, let retrieved, let body
        else { return (nil, reader.diagnostics) }
        let document = SourceDocument(
            id: id, title: title, origin: origin, retrieved: retrieved, text: body,
            location: SourceLocation(path: path))
        var block: DocumentRecord.TextBlock?
        if let node = fields["text"]?.value, let scalar = node.scalar, scalar.style == .literal,
            let mark = scalar.mark
        {
            block = DocumentRecord.TextBlock(
                line: mark.line, column: contentColumn(of: text, afterLine: mark.line))
        }
        return (
            DocumentRecord(document: document, nonClaims: spans, textBlock: block),
            reader.diagnostics
        )
    }

    /// The 1-based column where the first non-blank line after `line` starts.
    private static func contentColumn(of text: String, afterLine line: Int) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in line..<lines.count where !lines[index].allSatisfy({ $0 == " " }) {
            return (lines[index].prefix { $0 == " " }.count) + 1
        }
        return 1
    }
}
