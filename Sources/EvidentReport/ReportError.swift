/// A report that could not be written (exit code 2 in the CLI): said, never replaced by an
/// empty document.
public enum ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The JSON encoder refused a value; `reason` is its message.
    case cannotEncode(reason: String)
    /// A format needs something the options do not give (`missing` says what).
    case incompleteOptions(format: String, missing: String)

    /// `error: cannot write the output as JSON: reason`.
    public var description: String {
        switch self {
        case .cannotEncode(let reason):
            return "error: cannot write the output as JSON: \(reason)"
        case .incompleteOptions(let format, let missing):
            return "error: the \(format) format needs \(missing)"
        }
    }
}
