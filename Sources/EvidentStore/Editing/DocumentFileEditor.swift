import EvidentModel
import Foundation

/// Edits a source document file (`_document.yaml`) in place — new `non-claims` spans, a new
/// `text` — the way ``ClaimFileEditor`` edits claims: only the edited entries change (comments,
/// key order and the rest stay byte for byte), the result is read back and checked before it
/// is written through a temporary file renamed over the original.
struct DocumentFileEditor {
    /// The knowledge-base root (holding `Claims/`).
    let root: URL

    /// Appends `added` to the document's `non-claims` and, when `text` is given, replaces its
    /// text. Returns the file as it was before the edit (to put it back if a later step fails).
    @discardableResult
    func update(
        path: String, adding added: [(text: String, reason: String)], text: String? = nil,
        expectedVersion: String? = nil
    ) throws -> EditedFile {
        let file = try EditedFile.read(path, root: root, expectedVersion: expectedVersion)
        let (before, problems) = DocumentFileReader.read(file.text, path: path)
        if let problem = problems.first(where: { $0.severity == .error }) {
            throw KnowledgeBaseEditError.notEditable(
                path: path, reason: "it has errors (first: \(problem))")
        }
        guard let before else {
            throw KnowledgeBaseEditError.notEditable(path: path, reason: "it holds no document")
        }
        let nonClaims = before.nonClaims.map { (text: $0.text, reason: $0.reason) } + added
        var editor = try YAMLTextEditor(file.text, path: path)
        if !added.isEmpty {
            if editor.isBlockSequence("non-claims") {
                editor.appendItem(to: "non-claims") { indent in
                    added.map { DocumentYAML.nonClaim($0.text, $0.reason, indent: indent) }
                        .joined()
                }
            } else {
                let list = nonClaims.map { DocumentYAML.nonClaim($0.text, $0.reason, indent: 2) }
                    .joined()
                if editor.entry("non-claims") != nil {
                    editor.replaceValue(of: "non-claims", with: "\n" + list)
                } else {
                    editor.insert("non-claims:\n" + list, before: "text")
                }
            }
        }
        if let text, text != before.document.text {
            let block = YAMLScalarWriter.literalEntry("text", text, indent: 0)
            editor.replaceValue(of: "text", with: String(block.dropFirst("text:".count)))
        }
        let edited = editor.result()
        // The result must read back as the same document with exactly these changes.
        let (after, afterProblems) = DocumentFileReader.read(edited, path: path)
        if let problem = afterProblems.first(where: { $0.severity == .error }) {
            throw KnowledgeBaseEditError.wouldBreak(path: path, problem: problem.message)
        }
        var expected = before.document
        expected.text = text ?? before.document.text
        guard let after, after.document == expected,
            after.nonClaims.map(\.text) == nonClaims.map(\.text),
            after.nonClaims.map(\.reason) == nonClaims.map(\.reason)
        else {
            throw KnowledgeBaseEditError.wouldBreak(
                path: path, problem: "the document read back differs from the edit")
        }
        try FileReplacement.write(
            Data(edited.utf8), to: root.appendingPathComponent(path), path: path, mode: .replace)
        return file
    }
}
