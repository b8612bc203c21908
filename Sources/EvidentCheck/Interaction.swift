/// A known interaction between a substance and a class of medicines
/// (`RulePacks/interactions.yaml`), with the source of the fact.
public struct Interaction: Sendable, Codable, Equatable {
    /// A substance of `substances.yaml` (its narrower forms included).
    public var substance: String
    /// The kind, as rules name it (`anticoagulant`).
    public var kind: String
    /// The medicines (`anticoagulants such as warfarin`).
    public var drugs: String
    /// What happens.
    public var interaction: String
    /// Where the fact comes from.
    public var source: String
}
