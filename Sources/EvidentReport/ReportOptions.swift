/// Presentation options that do not change what a report says.
public struct ReportOptions: Hashable, Sendable {
    /// Use ANSI colour (text format only). Callers set it only for a terminal without
    /// `NO_COLOR`.
    public var colour: Bool
    /// The reviewing organisation, the `author` of each ClaimReview (`nil`: none given).
    public var publisher: String?
    /// The absolute URL where the HTML report is published; ClaimReview `url`s are
    /// `<base>#<claim id>` (`nil`: none given).
    public var baseURL: String?

    /// Creates options; by default no colour, no publisher and no base URL.
    public init(colour: Bool = false, publisher: String? = nil, baseURL: String? = nil) {
        self.colour = colour
        self.publisher = publisher
        self.baseURL = baseURL
    }

    /// True when `text` is an absolute `http` or `https` URL with a host.
    public static func isAbsoluteURL(_ text: String) -> Bool {
        for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) {
            let rest = text.dropFirst(scheme.count)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty && !text.contains(where: \.isWhitespace)
        }
        return false
    }
}
