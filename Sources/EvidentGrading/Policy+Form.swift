import EvidentModel

extension Policy {
    /// One form of the substance (`MK-7`), its family (`vitamin K2`) and how it is written.
    public struct Form: Hashable, Sendable, Codable {
        /// Name shown in reasons.
        public var name: String
        /// Family; a claim naming the family accepts every form of it.
        public var family: String
        /// Whether this entry names the whole family rather than one form.
        public var generic: Bool
        /// Phrases (case-insensitive, whole words) that name it.
        public var terms: [String]

        /// Creates a form.
        public init(name: String, family: String, generic: Bool = false, terms: [String]) {
            self.name = name
            self.family = family
            self.generic = generic
            self.terms = terms
        }

        /// Decodes a form; `generic` defaults to false.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            family = try container.decode(String.self, forKey: .family)
            generic = try container.decodeIfPresent(Bool.self, forKey: .generic) ?? false
            terms = try container.decode([String].self, forKey: .terms)
        }
    }
}
