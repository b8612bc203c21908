/// A value deliberately kept alive until the process exits. A command about to exit holds
/// large graphs of small objects (a knowledge base of 10,000 claims and their references, the
/// graded report); freeing them object by object costs time and frees memory no one will use,
/// so the command hands them here once it no longer reads them. Only for values whose
/// lifetime ends with the process (never in a loop or a long-lived service).
final class KeptUntilExit: Sendable {
    private let value: any Sendable

    private init(_ value: any Sendable) { self.value = value }

    /// Keeps `value` (and everything it references) until the process exits.
    static func keep(_ value: any Sendable) {
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }
}
