import ArgumentParser

/// Output formats of `evident suggest`.
enum SuggestFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// One line per candidate, each not yet cited followed by its `evident cite` line.
    case text
    /// `{"claim": …, "query": …, "results": [...]}` (sorted keys).
    case json
    /// One reference key per line (`pmid:22489217`).
    case keys
    /// A file for `evident cite CLAIM --from FILE`: a line `REF --stance STANCE` per citable
    /// candidate (choose each stance, delete the lines not to cite); the rest as comments.
    case cite
}
