/// A refusal or failure: the status and what went wrong, in the words of the CLI.
struct ErrorPage: Sendable {
    /// The page title (`Conflict`, `Forbidden` …).
    var title: String
    /// The HTTP status code.
    var code: Int
    /// The message (`error: …`).
    var message: String
    /// No knowledge-base problems are listed on an error page.
    var problems: [String] = []
}
