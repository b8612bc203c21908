/// Presentation options that do not change what a report says.
public struct ReportOptions: Hashable, Sendable {
    /// Use ANSI colour (text format only). Callers set it only for a terminal without
    /// `NO_COLOR`.
    public var colour: Bool
    /// Organisation named as the reviewer in ClaimReview output.
    public var publisher: String
    /// Base URL of the published HTML report; ClaimReview `url`s are `<base>#<claim id>`.
    public var baseURL: String

    /// Creates options; by default no colour, publisher `Evident`, relative anchors.
    public init(colour: Bool = false, publisher: String = "Evident", baseURL: String = "") {
        self.colour = colour
        self.publisher = publisher
        self.baseURL = baseURL
    }
}
