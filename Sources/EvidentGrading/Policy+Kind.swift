import EvidentModel

extension Policy {
    /// What one claim category needs: which evidence can bear it, where certainty starts,
    /// which GRADE domains apply.
    public struct Kind: Hashable, Sendable, Codable {
        /// How the kind is graded.
        public enum Grading: String, Hashable, Sendable, Codable, CaseIterable {
            /// GRADE over studies (mechanism, efficacy, disease, safety).
            case studies
            /// Authoritative descriptions (definition, composition): analyses, reference works,
            /// reviews.
            case authority
            /// Regulatory documents and labels only.
            case regulatory
        }

        /// The kind in words, for reasons (`a claim that something prevents or treats a
        /// disease`).
        public var describe: String
        /// How it is graded.
        public var grading: Grading
        /// Designs that can bear the claim; every other design is context. A meta-analysis
        /// bears it as the studies it pools (trials, or observational studies).
        public var counted: [StudyDesign]
        /// Populations evidence must come from to bear the claim.
        public var populations: [Population]
        /// Populations that bear it only indirectly (rated down for indirectness).
        public var indirectPopulations: [Population]
        /// Outcomes a study must have measured to bear the claim.
        public var outcomes: [OutcomeKind]
        /// Starting scores that replace the policy-wide `starts` for this kind.
        public var starts: [String: Int]
        /// GRADE domains applied (`start` and `upgrade` aside).
        public var domains: [GradingDomain]
        /// Whether support of a part, or of a weaker form, keeps a refuted statement from being
        /// contradicted (false for regulatory facts).
        public var partialSupportPreventsContradiction: Bool

        /// Creates a kind.
        public init(
            describe: String, grading: Grading, counted: [StudyDesign],
            populations: [Population], indirectPopulations: [Population] = [],
            outcomes: [OutcomeKind], starts: [String: Int] = [:], domains: [GradingDomain] = [],
            partialSupportPreventsContradiction: Bool = true
        ) {
            self.describe = describe
            self.grading = grading
            self.counted = counted
            self.populations = populations
            self.indirectPopulations = indirectPopulations
            self.outcomes = outcomes
            self.starts = starts
            self.domains = domains
            self.partialSupportPreventsContradiction = partialSupportPreventsContradiction
        }

        enum CodingKeys: String, CodingKey {
            case describe, grading, counted, populations
            case indirectPopulations = "indirect-populations"
            case outcomes, starts, domains
            case partialSupportPreventsContradiction = "partial-support-prevents-contradiction"
        }

        /// Decodes a kind; `indirect-populations`, `starts`, `domains` and
        /// `partial-support-prevents-contradiction` may be omitted.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            describe = try container.decode(String.self, forKey: .describe)
            grading = try container.decode(Grading.self, forKey: .grading)
            counted = try container.decode([StudyDesign].self, forKey: .counted)
            populations = try container.decode([Population].self, forKey: .populations)
            indirectPopulations =
                try container.decodeIfPresent([Population].self, forKey: .indirectPopulations)
                ?? []
            outcomes = try container.decode([OutcomeKind].self, forKey: .outcomes)
            starts = try container.decodeIfPresent([String: Int].self, forKey: .starts) ?? [:]
            domains =
                try container.decodeIfPresent([GradingDomain].self, forKey: .domains) ?? []
            partialSupportPreventsContradiction =
                try container.decodeIfPresent(
                    Bool.self, forKey: .partialSupportPreventsContradiction) ?? true
        }
    }
}
