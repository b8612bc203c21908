import EvidentModel

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
