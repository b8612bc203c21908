/// What a reviewer decided about a claim's computed verdict.
public enum ReviewDecision: String, Hashable, Sendable, Codable, CaseIterable {
    /// The computed verdict is right; the reviewer signs it.
    case approve
    /// The claim cannot be signed as it stands (the reason says what must change).
    case reject
    /// The reviewer's own verdict replaces the computed one.
    case override
}
