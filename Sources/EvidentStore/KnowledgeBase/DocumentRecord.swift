import EvidentModel

/// A source document as read from `_document.yaml`.
public struct DocumentRecord: Hashable, Sendable {
    /// Where a literal block (`text: |-`) sits in its file.
    public struct TextBlock: Hashable, Sendable {
        /// The file line of the `text: |-` indicator; the text's line n is file line `line + n`.
        public var line: Int
        /// The 1-based file column where the text's content starts (after the indentation).
        public var column: Int
    }

    /// The document.
    public var document: SourceDocument
    /// Spans that make no claim.
    public var nonClaims: [NonClaimSpan]
    /// Where the text sits in the file, when it is a literal block.
    public var textBlock: TextBlock?

    /// The file location of a 1-based line and column of the document's text (the document
    /// file itself when the text is not a literal block).
    public func location(textLine: Int, column: Int) -> SourceLocation {
        let path = document.location?.path ?? ""
        guard let block = textBlock else { return document.location ?? SourceLocation(path: path) }
        return SourceLocation(
            path: path, line: block.line + textLine, column: block.column + column - 1)
    }
}
