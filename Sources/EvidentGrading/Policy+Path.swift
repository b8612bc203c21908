import EvidentModel

extension Policy {
    /// How the claims of one category are graded: which kinds of source count, where
    /// certainty starts, which GRADE domains apply.
    public struct Path: Hashable, Sendable, Codable {
        /// The kind of grading.
        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            /// GRADE over studies (efficacy, safety, mechanism).
            case studies
            /// Authoritative descriptions (composition, definition): composition analyses,
            /// reference works, reviews.
            case authority
            /// Regulatory sources only: regulations, approvals, opinions, labels.
            case regulatory
        }

        /// The kind of grading.
        public var kind: Kind
        /// Designs that count as evidence on this path; every other design is context.
        public var counted: [StudyDesign]
        /// Starting scores that replace the policy-wide `starts` on this path.
        public var starts: [String: Int]
        /// GRADE domains applied on this path (`start` and `upgrade` aside).
        public var domains: [GradingDomain]
        /// The best verdict a claim can get when all supporting evidence is animal or in vitro.
        public var mechanisticOnlyVerdict: Verdict

        /// Creates a path.
        public init(
            kind: Kind, counted: [StudyDesign], starts: [String: Int] = [:],
            domains: [GradingDomain] = [], mechanisticOnlyVerdict: Verdict
        ) {
            self.kind = kind
            self.counted = counted
            self.starts = starts
            self.domains = domains
            self.mechanisticOnlyVerdict = mechanisticOnlyVerdict
        }

        enum CodingKeys: String, CodingKey {
            case kind, counted, starts, domains
            case mechanisticOnlyVerdict = "mechanistic-only-verdict"
        }

        /// Decodes a path; `starts` and `domains` may be omitted.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kind = try container.decode(Kind.self, forKey: .kind)
            counted = try container.decode([StudyDesign].self, forKey: .counted)
            starts = try container.decodeIfPresent([String: Int].self, forKey: .starts) ?? [:]
            domains =
                try container.decodeIfPresent([GradingDomain].self, forKey: .domains) ?? []
            mechanisticOnlyVerdict = try container.decode(
                Verdict.self, forKey: .mechanisticOnlyVerdict)
        }
    }
}
