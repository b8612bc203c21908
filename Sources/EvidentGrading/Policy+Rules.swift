import EvidentModel

extension Policy {
    /// Risk of bias: expressions of concern, and design flaws named in citation notes.
    public struct RiskOfBias: Hashable, Sendable, Codable {
        /// Weight multiplier of a reference with an expression of concern.
        public var concernWeight: Double
        /// Phrases in a citation's note or the reference's title that flag a risk of bias
        /// (`open-label`, `no placebo`, `problematic trials`).
        public var flagTerms: [String]
        /// Rate down when at least this share of the best evidence's weight is flagged.
        public var flaggedShare: Double
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(concernWeight: Double, flagTerms: [String], flaggedShare: Double, change: Int) {
            self.concernWeight = concernWeight
            self.flagTerms = flagTerms
            self.flaggedShare = flaggedShare
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case concernWeight = "concern-weight"
            case flagTerms = "flag-terms"
            case flaggedShare = "flagged-share"
            case change
        }
    }

    /// Inconsistency: evidence for and against of similar weight.
    public struct Inconsistency: Hashable, Sendable, Codable {
        /// Rate down when the lighter side weighs at least this share of the heavier side.
        public var seriousRatio: Double
        /// Share of a `mixed` citation's weight counted on each side.
        public var mixedShare: Double
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(seriousRatio: Double, mixedShare: Double, change: Int) {
            self.seriousRatio = seriousRatio
            self.mixedShare = mixedShare
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case seriousRatio = "serious-ratio"
            case mixedShare = "mixed-share"
            case change
        }
    }

    /// Indirectness: a surrogate outcome, animal or in-vitro evidence, another form.
    public struct Indirectness: Hashable, Sendable, Codable {
        /// Claim outcome kinds that are indirect by themselves (`surrogate`).
        public var indirectOutcomeKinds: [OutcomeKind]
        /// Change for a claim whose own outcome is indirect.
        public var outcomeChange: Int
        /// Phrases that show a study measured a surrogate (`bone mineral density`).
        public var surrogateTerms: [String]
        /// Phrases that show a study measured a clinical outcome (`fracture`).
        public var clinicalTerms: [String]
        /// Change when a clinical claim's best supporting studies measured only surrogates.
        public var surrogateEvidenceChange: Int
        /// Change when the best evidence comes only from animals or in vitro.
        public var mechanisticChange: Int
        /// Forms of the substance, to tell when studies used another form than the claim's.
        public var forms: [Form]
        /// Change when every best supporting study used another form.
        public var formChange: Int

        /// Creates the rule.
        public init(
            indirectOutcomeKinds: [OutcomeKind], outcomeChange: Int, surrogateTerms: [String],
            clinicalTerms: [String], surrogateEvidenceChange: Int, mechanisticChange: Int,
            forms: [Form], formChange: Int
        ) {
            self.indirectOutcomeKinds = indirectOutcomeKinds
            self.outcomeChange = outcomeChange
            self.surrogateTerms = surrogateTerms
            self.clinicalTerms = clinicalTerms
            self.surrogateEvidenceChange = surrogateEvidenceChange
            self.mechanisticChange = mechanisticChange
            self.forms = forms
            self.formChange = formChange
        }

        enum CodingKeys: String, CodingKey {
            case indirectOutcomeKinds = "indirect-outcome-kinds"
            case outcomeChange = "outcome-change"
            case surrogateTerms = "surrogate-terms"
            case clinicalTerms = "clinical-terms"
            case surrogateEvidenceChange = "surrogate-evidence-change"
            case mechanisticChange = "mechanistic-change"
            case forms
            case formChange = "form-change"
        }
    }

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

    /// Imprecision: too few studies at the best design.
    public struct Imprecision: Hashable, Sendable, Codable {
        /// Rate down when fewer studies than this define the start …
        public var minStudies: Int
        /// … unless one of them pools evidence itself (a meta-analysis, a guideline, a
        /// regulator's scientific opinion).
        public var pooledDesigns: [StudyDesign]
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(minStudies: Int, pooledDesigns: [StudyDesign], change: Int) {
            self.minStudies = minStudies
            self.pooledDesigns = pooledDesigns
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case minStudies = "min-studies"
            case pooledDesigns = "pooled-designs"
            case change
        }
    }

    /// Publication bias, suspected when every best supporting study carries a flag.
    public struct PublicationBias: Hashable, Sendable, Codable {
        /// Phrases in notes that flag it (`industry-funded`).
        public var flagTerms: [String]
        /// The change (−1).
        public var change: Int

        /// Creates the rule.
        public init(flagTerms: [String], change: Int) {
            self.flagTerms = flagTerms
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case flagTerms = "flag-terms"
            case change
        }
    }

    /// Rating up for a dose-response gradient (GRADE: only from a low start, nothing rated
    /// down).
    public struct Upgrade: Hashable, Sendable, Codable {
        /// Phrases in the notes of supporting studies that show a dose-response gradient.
        public var doseResponseTerms: [String]
        /// Highest starting score that may be rated up (2, low).
        public var maximumStart: Int
        /// The change (+1).
        public var change: Int

        /// Creates the rule.
        public init(doseResponseTerms: [String], maximumStart: Int, change: Int) {
            self.doseResponseTerms = doseResponseTerms
            self.maximumStart = maximumStart
            self.change = change
        }

        enum CodingKeys: String, CodingKey {
            case doseResponseTerms = "dose-response-terms"
            case maximumStart = "maximum-start"
            case change
        }
    }

    /// From certainty and the weight of evidence to a verdict.
    public struct VerdictRule: Hashable, Sendable, Codable {
        /// Lowest certainty for `supported` (moderate).
        public var supportedMinimum: Certainty
        /// `contradicted` when the weight against exceeds this multiple of the weight for.
        public var contradictedRatio: Double

        /// Creates the rule.
        public init(supportedMinimum: Certainty, contradictedRatio: Double) {
            self.supportedMinimum = supportedMinimum
            self.contradictedRatio = contradictedRatio
        }

        enum CodingKeys: String, CodingKey {
            case supportedMinimum = "supported-minimum"
            case contradictedRatio = "contradicted-ratio"
        }
    }
}
