import EvidentModel

/// Classifies references from their PubMed data (publication types, MeSH check tags,
/// retraction links) or, for CSL references, from the design and population the knowledge
/// base declares. Every decision is recorded as a plain-language reason.
public struct ReferenceClassifier: Sendable {
    /// The policy whose tables drive the classification.
    public let policy: Policy
    private let trialSynthesisPhrases: PhraseList
    /// The reasons a design rule gives, made once: for each rule, one per publication type and
    /// one per MeSH heading it lists (every reference matched by a rule shares its reason).
    private let ruleReasons: [(publicationTypes: [String], mesh: [String])]
    /// `Level N (OCEBM-style).` for the levels 0 to 15, made once.
    private let levelReasons: [String]

    /// Creates a classifier.
    public init(policy: Policy) {
        self.policy = policy
        self.trialSynthesisPhrases = PhraseList(policy.classification.trialSynthesisPhrases)
        self.ruleReasons = policy.classification.designRules.map { rule in
            (
                rule.publicationTypes.map { "Publication type '\($0)': \(rule.design.label)." },
                rule.mesh.map { "MeSH heading '\($0)': \(rule.design.label)." }
            )
        }
        self.levelReasons = (0..<16).map(Self.levelReason)
    }

    /// `Level N (OCEBM-style).`
    private static func levelReason(_ level: Int) -> String { "Level \(level) (OCEBM-style)." }

    /// Classifies one reference.
    public func classify(_ reference: Reference) -> ReferenceClassification {
        var reasoning: [String] = []
        reasoning.reserveCapacity(4)
        let population = population(of: reference, reasoning: &reasoning)
        let design = design(of: reference, population: population, reasoning: &reasoning)
        var poolsTrials = false
        var level = policy.level(of: design)
        if design == .metaAnalysis {
            if let cue = trialSynthesisCue(reference) {
                poolsTrials = true
                reasoning.append(Self.trialsReason + " (\(cue)).")
            } else {
                level = policy.classification.otherSynthesisLevel
                reasoning.append(
                    Self.noTrialsReason + ": treated as a review of observational studies.")
            }
        }
        if (population == .animals || population == .inVitro) && Self.studyDesigns.contains(design)
        {
            level = policy.mechanisticLevel
            reasoning.append(
                "Done in \(population.label): level \(level) (mechanism-based evidence).")
        } else {
            reasoning.append(
                levelReasons.indices.contains(level)
                    ? levelReasons[level] : Self.levelReason(level))
        }
        let retracted = reference.isRetracted
        if retracted {
            let link = reference.commentsCorrections.first {
                $0.type == "RetractionIn" || $0.type == "RetractedandRepublishedIn"
            }
            let signal =
                reference.publicationTypes.contains { $0.name == "Retracted Publication" }
                ? "publication type 'Retracted Publication'"
                : "a '\(link?.type ?? "RetractionIn")' link"
            reasoning.append("Retracted (\(signal)): excluded from grading.")
        }
        let concern = reference.hasExpressionOfConcern
        if concern {
            reasoning.append(
                "An expression of concern was published: counted at reduced weight, with a "
                    + "risk-of-bias penalty.")
        }
        return ReferenceClassification(
            design: design, population: population, level: EvidenceLevel(level),
            poolsTrials: poolsTrials, retracted: retracted, concern: concern,
            reasoning: reasoning)
    }

    /// A classification with what the citation's appraiser read of a systematic review or
    /// meta-analysis (`pools`), when its record does not show it: the appraisal decides.
    public func appraised(
        _ classification: ReferenceClassification, pools: Pooled?
    ) -> ReferenceClassification {
        guard let pools, classification.design == .metaAnalysis,
            classification.poolsTrials != (pools == .trials)
        else { return classification }
        var appraised = classification
        appraised.poolsTrials = pools == .trials
        let level =
            pools == .trials
            ? policy.level(of: .metaAnalysis) : policy.classification.otherSynthesisLevel
        appraised.level = EvidenceLevel(
            classification.isMechanistic ? policy.mechanisticLevel : level)
        appraised.reasoning = classification.reasoning.filter { line in
            ![Self.noTrialsReason, Self.trialsReason, "Level "].contains { line.hasPrefix($0) }
        }
        appraised.reasoning.append(
            pools == .trials
                ? "Appraised as pooling randomised trials."
                : "Appraised as pooling observational studies.")
        if !classification.isMechanistic {
            appraised.reasoning.append("Level \(appraised.level.rank) (OCEBM-style).")
        }
        return appraised
    }

    /// Designs of studies (not reviews, guidance or notices): done in animals or in vitro, they
    /// are mechanism-based evidence.
    private static let studyDesigns: Set<StudyDesign> = [
        .metaAnalysis, .rct, .nonRandomisedTrial, .observational, .caseReport, .experimental,
    ]

    private static let noTrialsReason = "Nothing shows it pools randomised trials"
    private static let trialsReason = "It pools randomised trials"

    private func population(
        of reference: Reference, reasoning: inout [String]
    ) -> Population {
        if let declared = reference.declaredPopulation {
            reasoning.append("Population declared by the knowledge base: \(declared.label).")
            return declared
        }
        if reference.origin == .csl {
            reasoning.append("No population declared: unknown.")
            return .unknown
        }
        // The headings are read where they are (no array of their names per reference).
        let mesh = reference.mesh
        let humans = mesh.contains { $0.descriptor == "Humans" }
        let animals = mesh.contains { $0.descriptor == "Animals" }
        switch (humans, animals) {
        case (true, true):
            reasoning.append("MeSH check tags 'Humans' and 'Animals': humans and animals.")
            return .mixed
        case (true, false):
            reasoning.append("MeSH check tag 'Humans': humans.")
            return .humans
        case (false, true):
            reasoning.append("MeSH check tag 'Animals': animals.")
            return .animals
        case (false, false):
            break
        }
        let inVitro = policy.classification.inVitroMesh
        if let heading = mesh.first(where: { inVitro.contains($0.descriptor) })?.descriptor {
            reasoning.append("MeSH heading '\(heading)': in vitro.")
            return .inVitro
        }
        if mesh.isEmpty {
            let population = policy.classification.populationWithoutMesh
            reasoning.append("No MeSH headings (not indexed yet): \(population.label).")
            return population
        }
        let population = policy.classification.populationWithoutCheckTags
        reasoning.append(
            "Neither 'Humans' nor 'Animals' among the MeSH check tags: \(population.label).")
        return population
    }

    private func design(
        of reference: Reference, population: Population, reasoning: inout [String]
    ) -> StudyDesign {
        if let declared = reference.declaredDesign {
            reasoning.append("Design declared by the knowledge base: \(declared.label).")
            return declared
        }
        if reference.origin == .csl {
            let type = reference.cslType ?? "none"
            let design = policy.classification.cslTypes[type].flatMap(StudyDesign.init) ?? .unknown
            reasoning.append("CSL type '\(type)' without a declared design: \(design.label).")
            return design
        }
        let types = reference.publicationTypes
        let mesh = reference.mesh
        for (number, rule) in policy.classification.designRules.enumerated() {
            // The first of the reference's types (then headings) the rule lists.
            if let reason = Self.reason(
                forFirstOf: types.lazy.map(\.name), listedIn: rule.publicationTypes,
                made: ruleReasons[number].publicationTypes,
                otherwise: { "Publication type '\($0)': \(rule.design.label)." })
            {
                reasoning.append(reason)
                return rule.design
            }
            if let reason = Self.reason(
                forFirstOf: mesh.lazy.map(\.descriptor), listedIn: rule.mesh,
                made: ruleReasons[number].mesh,
                otherwise: { "MeSH heading '\($0)': \(rule.design.label)." })
            {
                reasoning.append(reason)
                return rule.design
            }
        }
        if let name = policy.classification.primaryStudyFallback[population.rawValue],
            let design = StudyDesign(rawValue: name)
        {
            reasoning.append(
                "No design among the publication types; a research article in "
                    + "\(population.label) is treated as \(design.label) by policy.")
            return design
        }
        reasoning.append("No design among the publication types: unclassified.")
        return .unknown
    }

    /// The reason for the first of `names` that `listed` holds: the one `made` for its entry,
    /// or `otherwise` quoting the name as the reference writes it when the two are equal
    /// strings in different Unicode forms (the reason quotes the reference's bytes).
    private static func reason(
        forFirstOf names: some Sequence<String>, listedIn listed: [String], made: [String],
        otherwise: (String) -> String
    ) -> String? {
        for name in names {
            guard let entry = listed.firstIndex(of: name) else { continue }
            return name.utf8.elementsEqual(listed[entry].utf8) ? made[entry] : otherwise(name)
        }
        return nil
    }

    private func trialSynthesisCue(_ reference: Reference) -> String? {
        let classification = policy.classification
        if let heading = reference.mesh.first(where: {
            classification.trialSynthesisMesh.contains($0.descriptor)
        })?.descriptor {
            return "MeSH heading '\(heading)'"
        }
        // The title and the abstract's sections, read as one text joined by spaces (normalised
        // in one pass, without joining them first).
        let parts = [reference.title ?? ""] + reference.abstract.map(\.text)
        if let phrase = TextMatcher(parts: parts).firstMatch(trialSynthesisPhrases) {
            return "its title or abstract says '\(phrase)'"
        }
        return nil
    }
}
