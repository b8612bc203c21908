/// One entry of the EU Register of nutrition and health claims (health-claim part), as
/// `.ci/derive-eu-register` writes it into `RulePacks/eu-register.json`.
public struct RegisterEntry: Sendable, Codable, Equatable {
    /// Whether the claim may be used.
    public enum Status: String, Sendable, Codable {
        /// On the Union list (Reg 432/2012 and later regulations).
        case authorised
        /// Refused.
        case nonAuthorised = "non-authorised"
        /// Once authorised, since removed.
        case revoked
    }

    /// The register's id (`POL-HC-6381`).
    public var id: String
    /// Authorised, non-authorised or revoked.
    public var status: Status
    /// The article of Reg 1924/2006: `13(1)`, `13(5)`, `14(1)(a)` (disease risk reduction),
    /// `14(1)(b)` (children's development and health).
    public var article: String
    /// The substance as the register names it.
    public var substance: String
    /// The names copy may use for it, lowercased (cut out of the register's substance text).
    public var names: [String]
    /// The claim's wording.
    public var wording: String
    /// The health relationship, when the register states it.
    public var relationship: String?
    /// Conditions of use (authorised claims).
    public var conditions: String?
    /// Restrictions of use or warnings (authorised claims).
    public var restrictions: String?

    /// Whether it is a disease risk reduction claim (Art 14(1)(a)).
    public var isRiskReduction: Bool { article == "14(1)(a)" }
}
