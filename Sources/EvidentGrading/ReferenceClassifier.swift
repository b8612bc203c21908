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
    /// For each publication type (and MeSH heading) a design rule lists, the first rule listing
    /// it and its entry there: a reference's design is found by looking its types and headings
    /// up, not by comparing them with every rule's list.
    private let typeRules: [String: (rule: Int, entry: Int)]
    private let headingRules: [String: (rule: Int, entry: Int)]
    /// The publication types and MeSH headings some design rule makes a meta-analysis of.
    private let synthesisTypes: Set<String>
    private let synthesisHeadings: Set<String>
    /// The design a CSL reference without a declared one gets, by its type.
    private let cslSynthesisTypes: Set<String>
    /// The policy makes some research article without a design type a meta-analysis.
    private let synthesisFallback: Bool

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
        let classification = policy.classification
        self.typeRules = Self.firstRules(classification.designRules.map(\.publicationTypes))
        self.headingRules = Self.firstRules(classification.designRules.map(\.mesh))
        let synthesisRules = classification.designRules.filter { $0.design == .metaAnalysis }
        self.synthesisTypes = Set(synthesisRules.flatMap(\.publicationTypes))
        self.synthesisHeadings = Set(synthesisRules.flatMap(\.mesh))
        self.cslSynthesisTypes = Set(
            classification.cslTypes.filter { StudyDesign(rawValue: $0.value) == .metaAnalysis }
                .keys)
        self.synthesisFallback = classification.primaryStudyFallback.values.contains {
            StudyDesign(rawValue: $0) == .metaAnalysis
        }
    }

    /// Whether classifying `reference` may read its abstract: false only when it certainly
    /// does not (no rule of the policy can make it a meta-analysis, the only design whose cue
    /// is read in the abstract), so a loader may leave those abstracts unread. Decided on the
    /// other fields alone.
    public func mayReadAbstract(of reference: Reference) -> Bool {
        if let declared = reference.declaredDesign { return declared == .metaAnalysis }
        if reference.origin == .csl {
            return cslSynthesisTypes.contains(reference.cslType ?? "none")
        }
        // A superset of the references the design rules make meta-analyses: any type or
        // heading a meta-analysis rule lists (an earlier rule may still win), or any
        // reference when the fallback can give that design.
        return synthesisFallback
            || reference.publicationTypes.contains { synthesisTypes.contains($0.name) }
            || reference.mesh.contains { synthesisHeadings.contains($0.descriptor) }
    }

    /// Each name of `lists` with the first list holding it and its first entry there (names
    /// equal as strings, as `firstIndex(of:)` compares them, are one name).
    private static func firstRules(_ lists: [[String]]) -> [String: (rule: Int, entry: Int)] {
        var first: [String: (rule: Int, entry: Int)] = [:]
        for (rule, names) in lists.enumerated() {
            for (entry, name) in names.enumerated() where first[name] == nil {
                first[name] = (rule, entry)
            }
        }
        return first
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
        // The first rule listing one of the reference's types or headings; within it, the
        // first of its types it lists, else the first of its headings (rules in order, types
        // before headings, as written).
        var found: (rule: Int, entry: Int, name: String, heading: Bool)?
        for type in reference.publicationTypes {
            if let hit = typeRules[type.name], hit.rule < found?.rule ?? .max {
                found = (hit.rule, hit.entry, type.name, false)
            }
        }
        for heading in reference.mesh {
            if let hit = headingRules[heading.descriptor], hit.rule < found?.rule ?? .max {
                found = (hit.rule, hit.entry, heading.descriptor, true)
            }
        }
        if let found {
            let rule = policy.classification.designRules[found.rule]
            let listed = found.heading ? rule.mesh[found.entry] : rule.publicationTypes[found.entry]
            // The reason made for the entry, or one quoting the name as the reference writes
            // it when the two are equal strings in different Unicode forms.
            if found.name.utf8.elementsEqual(listed.utf8) {
                let made = ruleReasons[found.rule]
                reasoning.append(
                    found.heading ? made.mesh[found.entry] : made.publicationTypes[found.entry])
            } else if found.heading {
                reasoning.append("MeSH heading '\(found.name)': \(rule.design.label).")
            } else {
                reasoning.append("Publication type '\(found.name)': \(rule.design.label).")
            }
            return rule.design
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
