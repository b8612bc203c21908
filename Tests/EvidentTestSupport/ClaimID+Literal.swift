import EvidentModel

extension ClaimID {
    /// An id written in a test's source. A typo there stops the run naming the text (a test
    /// fixture, never user data).
    public static func literal(_ text: String) -> ClaimID {
        guard let id = ClaimID(text) else {
            preconditionFailure("invalid claim id literal '\(text)' (expected kebab-case)")
        }
        return id
    }
}
