import ArgumentParser

/// Output formats of `evident validate`.
enum ValidateFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// `path:line:col: severity: message [check-id]` lines, then a summary line.
    case text
    /// `{diagnostics: [...], summary: {...}}`, keys sorted.
    case json
}
