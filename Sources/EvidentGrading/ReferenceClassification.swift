import EvidentModel

/// What the grader makes of one reference, independent of any claim: design, population,
/// level, retraction status, and the reasons for each.
public struct ReferenceClassification: Hashable, Sendable {
    /// The study design.
    public var design: StudyDesign
    /// Who or what was studied.
    public var population: Population
    /// The OCEBM-style level.
    public var level: EvidenceLevel
    /// For a meta-analysis or systematic review: whether it pools randomised trials.
    public var poolsTrials: Bool
    /// Retracted: excluded from grading.
    public var retracted: Bool
    /// An expression of concern exists: counted with a penalty.
    public var concern: Bool
    /// How each fact was derived, in plain language.
    public var reasoning: [String]

    /// Creates a classification.
    public init(
        design: StudyDesign, population: Population, level: EvidenceLevel,
        poolsTrials: Bool = false, retracted: Bool = false, concern: Bool = false,
        reasoning: [String] = []
    ) {
        self.design = design
        self.population = population
        self.level = level
        self.poolsTrials = poolsTrials
        self.retracted = retracted
        self.concern = concern
        self.reasoning = reasoning
    }

    /// True when the study was done only in animals or in vitro.
    public var isMechanistic: Bool { population == .animals || population == .inVitro }
}
