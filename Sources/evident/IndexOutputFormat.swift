import ArgumentParser

/// Output formats of `evident refs search` and `evident suggest`.
enum IndexOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// One line per reference.
    case text
    /// `{"query": …, "results": [...]}` (sorted keys).
    case json
    /// One reference key per line (`pmid:22489217`), ready for `evident cite`.
    case keys
}
