/// A grading policy that cannot be used: `path: error: message`.
public struct GradingPolicyError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The policy file.
    public var path: String
    /// What is wrong, lowercase, values quoted.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `Claims/policy.yaml: error: unknown key 'levles' in the policy (expected one of: …)`.
    public var description: String { "\(path): error: \(message)" }
}
