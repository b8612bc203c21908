import EvidentModel

extension Policy {
    /// How a reference's design and population are derived.
    public struct Classification: Hashable, Sendable, Codable {
        /// Ordered rules from PubMed publication types (or MeSH) to a design; first match wins.
        public var designRules: [DesignRule]
        /// A meta-analysis or systematic review counts as one *of randomised trials* (level 1,
        /// high start) when its MeSH has one of these headings …
        public var trialSynthesisMesh: [String]
        /// … or its title or abstract contains one of these phrases (case-insensitive).
        public var trialSynthesisPhrases: [String]
        /// Level of any other meta-analysis or systematic review (of observational studies).
        public var otherSynthesisLevel: Int
        /// GRADE start of any other meta-analysis or systematic review.
        public var otherSynthesisStart: Int
        /// Design of a research article without a design publication type, by population
        /// (`humans: observational`, `animals: experimental`).
        public var primaryStudyFallback: [String: String]
        /// Design of a CSL reference without `custom.design`, by CSL type.
        public var cslTypes: [String: String]
        /// MeSH headings that mark a study done in vitro.
        public var inVitroMesh: [String]
        /// Population of a PubMed record indexed with MeSH but with neither `Humans` nor
        /// `Animals`.
        public var populationWithoutCheckTags: Population
        /// Population of a PubMed record with no MeSH at all (not yet indexed).
        public var populationWithoutMesh: Population

        /// Creates the classification rules.
        public init(
            designRules: [DesignRule], trialSynthesisMesh: [String],
            trialSynthesisPhrases: [String], otherSynthesisLevel: Int, otherSynthesisStart: Int,
            primaryStudyFallback: [String: String], cslTypes: [String: String],
            inVitroMesh: [String], populationWithoutCheckTags: Population,
            populationWithoutMesh: Population
        ) {
            self.designRules = designRules
            self.trialSynthesisMesh = trialSynthesisMesh
            self.trialSynthesisPhrases = trialSynthesisPhrases
            self.otherSynthesisLevel = otherSynthesisLevel
            self.otherSynthesisStart = otherSynthesisStart
            self.primaryStudyFallback = primaryStudyFallback
            self.cslTypes = cslTypes
            self.inVitroMesh = inVitroMesh
            self.populationWithoutCheckTags = populationWithoutCheckTags
            self.populationWithoutMesh = populationWithoutMesh
        }

        enum CodingKeys: String, CodingKey {
            case designRules = "design-rules"
            case trialSynthesisMesh = "trial-synthesis-mesh"
            case trialSynthesisPhrases = "trial-synthesis-phrases"
            case otherSynthesisLevel = "other-synthesis-level"
            case otherSynthesisStart = "other-synthesis-start"
            case primaryStudyFallback = "primary-study-fallback"
            case cslTypes = "csl-types"
            case inVitroMesh = "in-vitro-mesh"
            case populationWithoutCheckTags = "population-without-check-tags"
            case populationWithoutMesh = "population-without-mesh"
        }
    }
}
