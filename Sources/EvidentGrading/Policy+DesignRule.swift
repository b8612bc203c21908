import EvidentModel

extension Policy {
    /// One rule from publication types (or MeSH headings) to a design.
    public struct DesignRule: Hashable, Sendable, Codable {
        /// The design the rule gives.
        public var design: StudyDesign
        /// Publication types that trigger it (exact NLM names; `Clinical Trial, Phase` matches
        /// every phase as a prefix when it ends with a comma-free stem).
        public var publicationTypes: [String]
        /// MeSH descriptors that trigger it.
        public var mesh: [String]

        /// Creates a rule.
        public init(design: StudyDesign, publicationTypes: [String], mesh: [String] = []) {
            self.design = design
            self.publicationTypes = publicationTypes
            self.mesh = mesh
        }

        enum CodingKeys: String, CodingKey {
            case design
            case publicationTypes = "publication-types"
            case mesh
        }

        /// Decodes a rule; `mesh` may be omitted.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            design = try container.decode(StudyDesign.self, forKey: .design)
            publicationTypes =
                try container.decodeIfPresent([String].self, forKey: .publicationTypes) ?? []
            mesh = try container.decodeIfPresent([String].self, forKey: .mesh) ?? []
        }
    }
}
