import ArgumentParser

/// Output formats of `evident refs parse`.
enum RefsParseFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// One JSON object per record.
    case jsonl
    /// Tab-separated columns with a header.
    case table
    /// Parse only.
    case none
}
