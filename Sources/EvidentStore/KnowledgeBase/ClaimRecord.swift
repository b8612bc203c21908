import EvidentModel

/// A claim as read from its file, with the places of the fields that checks point at.
public struct ClaimRecord: Hashable, Sendable {
    /// The claim.
    public var claim: Claim
    /// Where the `quote` value is written.
    public var quoteLocation: SourceLocation
    /// Where the `position` mapping is written, when there is one.
    public var positionLocation: SourceLocation?
}
