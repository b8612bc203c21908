/// How a checked file is written, which decides how its prose is extracted.
public enum TextFormat: String, Sendable, CaseIterable {
    /// Plain text, checked as is.
    case plain
    /// Markdown: syntax is blanked, code is skipped.
    case markdown
    /// HTML: tags, scripts and styles are removed, entities decoded.
    case html

    /// The format for a path's extension (`.md`, `.html` …); plain text otherwise.
    public init(path: String) {
        let lower = path.lowercased()
        let ext = lower.split(separator: ".").last.map(String.init) ?? ""
        switch ext {
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: self = .plain
        }
    }

    /// File extensions searched when a folder is checked.
    public static let checkedExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "mdown", "mkd", "html", "htm", "xhtml",
    ]
}
