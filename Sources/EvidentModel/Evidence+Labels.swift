// Plain-language names of the grading vocabulary, shared by the grader's reasons and the
// reports.

extension StudyDesign {
    /// Plain-language name (`randomised controlled trial`).
    public var label: String {
        switch self {
        case .metaAnalysis: return "systematic review or meta-analysis"
        case .rct: return "randomised controlled trial"
        case .nonRandomisedTrial: return "non-randomised trial"
        case .observational: return "observational study"
        case .caseReport: return "case report"
        case .review: return "narrative review"
        case .experimental: return "laboratory or animal experiment"
        case .guideline: return "practice guideline"
        case .regulatory: return "regulatory document"
        case .composition: return "food-composition analysis"
        case .reference: return "reference work"
        case .opinion: return "editorial, comment or letter"
        case .notice: return "retraction or correction notice"
        case .unknown: return "unclassified source"
        }
    }

    /// Plain-language name of several (`randomised controlled trials`).
    public var pluralLabel: String {
        switch self {
        case .metaAnalysis: return "systematic reviews or meta-analyses"
        case .observational: return "observational studies"
        case .experimental: return "laboratory or animal experiments"
        case .composition: return "food-composition analyses"
        case .opinion: return "editorials, comments or letters"
        default: return label + "s"
        }
    }
}

extension Population {
    /// Plain-language name (`humans`, `in vitro`).
    public var label: String {
        switch self {
        case .humans: return "humans"
        case .animals: return "animals"
        case .inVitro: return "in vitro"
        case .mixed: return "humans and animals"
        case .unknown: return "unknown"
        }
    }
}

extension Certainty {
    /// Plain-language name (`very low`).
    public var label: String {
        switch self {
        case .veryLow: return "very low"
        case .low: return "low"
        case .moderate: return "moderate"
        case .high: return "high"
        }
    }
}

extension GradingDomain {
    /// Plain-language name (`risk of bias`).
    public var label: String {
        switch self {
        case .start: return "start"
        case .riskOfBias: return "risk of bias"
        case .inconsistency: return "inconsistency"
        case .indirectness: return "indirectness"
        case .imprecision: return "imprecision"
        case .publicationBias: return "publication bias"
        case .upgrade: return "upgrade"
        }
    }
}
