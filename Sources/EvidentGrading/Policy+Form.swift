import EvidentModel

extension Policy {
    /// One form of a substance (`MK-7`), its family (`vitamin K2`) and other names for it.
    public struct Form: Hashable, Sendable, Codable {
        /// Name, as claims' `subjects` and appraisals' `forms` write it.
        public var name: String
        /// Family; a claim naming the family accepts every form of it.
        public var family: String
        /// Whether this entry names the whole family rather than one form.
        public var generic: Bool
        /// Other names for it (case-insensitive, whole names).
        public var aliases: [String]

        /// Creates a form.
        public init(name: String, family: String, generic: Bool = false, aliases: [String] = []) {
            self.name = name
            self.family = family
            self.generic = generic
            self.aliases = aliases
        }

        /// Decodes a form; `generic` and `aliases` may be omitted.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            family = try container.decode(String.self, forKey: .family)
            generic = try container.decodeIfPresent(Bool.self, forKey: .generic) ?? false
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        }

        /// True when `text` is this form's name or one of its aliases (case-insensitive).
        public func isNamed(_ text: String) -> Bool {
            let wanted = text.lowercased()
            return name.lowercased() == wanted || aliases.contains { $0.lowercased() == wanted }
        }
    }
}
