/// A policy held by reference: graders and the gradings of their claims share one instead of
/// copying its dozens of fields into each claim's grading and evidence body.
final class SharedPolicy: Sendable {
    /// The policy.
    let policy: Policy

    /// Holds `policy`.
    init(_ policy: Policy) {
        self.policy = policy
    }
}
