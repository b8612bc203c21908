import EvidentModel

/// A claim as read from its file, with the places of the fields that checks point at.
public struct ClaimRecord: Hashable, Sendable {
    /// The claim.
    public var claim: Claim
    /// Where the `quote` value is written.
    public var quoteLocation: SourceLocation
    /// Where the `position` mapping is written, when there is one.
    public var positionLocation: SourceLocation?
}

/// A text span of a document that makes no claim (heading, question), declared in
/// `_document.yaml` under `non-claims`.
public struct NonClaimSpan: Hashable, Sendable {
    /// The exact text.
    public var text: String
    /// Why it makes no claim (`heading`, `question`, `title` …).
    public var reason: String
    /// Where it is declared.
    public var location: SourceLocation
}

/// A source document as read from `_document.yaml`.
public struct DocumentRecord: Hashable, Sendable {
    /// The document.
    public var document: SourceDocument
    /// Spans that make no claim.
    public var nonClaims: [NonClaimSpan]
    /// For a literal block (`text: |-`): the file line just before the text's first line and
    /// the column of its content, so that a line of the text maps to a line of the file.
    public var textBlock: (line: Int, column: Int)?

    /// The file location of a 1-based line and column of the document's text.
    public func location(textLine: Int, column: Int) -> SourceLocation {
        let path = document.location?.path ?? ""
        if let block = textBlock {
            return SourceLocation(path: path, line: block.line + textLine, column: block.column + column - 1)
        }
        return document.location ?? SourceLocation(path: path)
    }

    /// Equality on the stored values.
    public static func == (lhs: DocumentRecord, rhs: DocumentRecord) -> Bool {
        lhs.document == rhs.document && lhs.nonClaims == rhs.nonClaims
            && lhs.textBlock?.line == rhs.textBlock?.line
            && lhs.textBlock?.column == rhs.textBlock?.column
    }

    /// Hashes the stored values.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(nonClaims)
        hasher.combine(textBlock?.line)
        hasher.combine(textBlock?.column)
    }
}

/// Everything read from a knowledge-base folder: the model, the problems found while reading,
/// and the records the checks need.
public struct KnowledgeBaseLoad: Sendable {
    /// The knowledge base.
    public var knowledgeBase: KnowledgeBase
    /// Problems found while reading (syntax, schema, unreadable references), in file order.
    public var diagnostics: [Diagnostic]
    /// Every claim read, in file order (duplicates kept, so that a check can report them).
    public var claimRecords: [ClaimRecord]
    /// Source documents by id.
    public var documentRecords: [String: DocumentRecord]
}
