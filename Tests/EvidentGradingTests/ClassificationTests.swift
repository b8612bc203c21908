import EvidentGrading
import EvidentModel
import Testing

@Test(arguments: [
    (["Meta-Analysis", "Journal Article"], StudyDesign.metaAnalysis),
    (["Systematic Review"], .metaAnalysis),
    (["Review", "Meta-Analysis"], .metaAnalysis),
    (["Randomized Controlled Trial", "Journal Article"], .rct),
    (["Pragmatic Clinical Trial"], .rct),
    (["Equivalence Trial"], .rct),
    (["Randomized Controlled Trial", "Clinical Trial, Phase IV"], .rct),
    (["Randomized Controlled Trial", "Comparative Study", "Multicenter Study"], .rct),
    (["Clinical Trial", "Journal Article"], .nonRandomisedTrial),
    (["Clinical Trial, Phase II"], .nonRandomisedTrial),
    (["Controlled Clinical Trial"], .nonRandomisedTrial),
    (["Observational Study"], .observational),
    (["Comparative Study", "Journal Article"], .observational),
    (["Multicenter Study"], .observational),
    (["Case Reports"], .caseReport),
    (["Review", "Journal Article"], .review),
    (["Editorial"], .opinion),
    (["Comment", "Letter"], .opinion),
    (["News"], .opinion),
    (["Practice Guideline"], .guideline),
    (["Guideline"], .guideline),
    (["Retraction of Publication"], .notice),
    (["Published Erratum"], .notice),
    (["Journal Article"], .observational),
])
func publicationTypesGiveTheDesign(types: [String], design: StudyDesign) throws {
    let classifier = try Evidence.classifier()
    let result = classifier.classify(Evidence.pubmed(1, types: types))
    #expect(result.design == design)
}

@Test func aPlainArticleInAnimalsIsAnExperiment() throws {
    let classifier = try Evidence.classifier()
    let result = classifier.classify(Evidence.mice(1))
    #expect(result.design == .experimental)
    #expect(result.level == EvidenceLevel(5))
    #expect(result.reasoning.contains("MeSH check tag 'Animals': animals."))
}

@Test func meshCohortHeadingGivesObservational() throws {
    let classifier = try Evidence.classifier()
    let result = classifier.classify(
        Evidence.pubmed(1, types: ["Journal Article"], mesh: ["Humans", "Cohort Studies"]))
    #expect(result.design == .observational)
    #expect(
        result.reasoning.first { $0.hasPrefix("MeSH heading") }
            == "MeSH heading 'Cohort Studies': observational study.")
}

@Test(arguments: [
    (["Humans"], Population.humans),
    (["Animals", "Rats"], .animals),
    (["Humans", "Animals"], .mixed),
    (["Vitamin K 2"], .inVitro),
    (["In Vitro Techniques", "Vitamin K 2"], .inVitro),
    ([String](), .unknown),
])
func checkTagsGiveThePopulation(mesh: [String], population: Population) throws {
    let classifier = try Evidence.classifier()
    let result = classifier.classify(Evidence.pubmed(1, types: ["Journal Article"], mesh: mesh))
    #expect(result.population == population)
}

@Test func levelsFollowOCEBM() throws {
    let classifier = try Evidence.classifier()
    let pooledTrials = Evidence.pubmed(
        1, types: ["Meta-Analysis"],
        title: "Vitamin K and fractures: meta-analysis of randomized controlled trials")
    let pooledCohorts = Evidence.pubmed(
        2, types: ["Meta-Analysis"], title: "Vitamin K intake and fractures: a meta-analysis")
    #expect(classifier.classify(pooledTrials).level == EvidenceLevel(1))
    #expect(classifier.classify(pooledTrials).poolsTrials)
    #expect(classifier.classify(pooledCohorts).level == EvidenceLevel(3))
    #expect(!classifier.classify(pooledCohorts).poolsTrials)
    #expect(classifier.classify(Evidence.rct(3)).level == EvidenceLevel(2))
    #expect(classifier.classify(Evidence.cohort(4)).level == EvidenceLevel(3))
    #expect(
        classifier.classify(Evidence.pubmed(5, types: ["Case Reports"])).level == EvidenceLevel(4))
    let animalTrial = Evidence.pubmed(
        6, types: ["Randomized Controlled Trial"], mesh: ["Animals"])
    #expect(classifier.classify(animalTrial).level == EvidenceLevel(5))
}

@Test func cslReferencesUseTheDeclaredDesignAndPopulation() throws {
    let classifier = try Evidence.classifier()
    let result = classifier.classify(Evidence.csl("mott2019", design: .metaAnalysis))
    #expect(result.design == .metaAnalysis)
    #expect(result.population == .humans)
    #expect(
        result.reasoning.prefix(2) == [
            "Population declared by the knowledge base: humans.",
            "Design declared by the knowledge base: systematic review or meta-analysis.",
        ])
    let law = classifier.classify(
        Evidence.csl("decision", design: nil, population: nil, type: "legislation"))
    #expect(law.design == .regulatory)
    #expect(law.population == .unknown)
}

@Test func retractionIsDetectedFromTypeOrLink() throws {
    let classifier = try Evidence.classifier()
    let byType = classifier.classify(
        Evidence.pubmed(1, types: ["Clinical Trial", "Retracted Publication"]))
    #expect(byType.retracted)
    #expect(byType.design == .nonRandomisedTrial)
    #expect(
        byType.reasoning.last
            == "Retracted (publication type 'Retracted Publication'): excluded from grading.")
    let byLink = classifier.classify(
        Evidence.pubmed(
            2, types: ["Clinical Trial"], links: [CommentsCorrection(type: "RetractionIn")]))
    #expect(byLink.retracted)
    let concern = classifier.classify(
        Evidence.pubmed(
            3, types: ["Clinical Trial"], links: [CommentsCorrection(type: "ExpressionOfConcernIn")]
        ))
    #expect(concern.concern)
    #expect(!concern.retracted)
}

@Test func vancouverCitationsAreFormatted() throws {
    var reference = Evidence.rct(
        23_525_894, title: "Three-year low-dose menaquinone-7 supplementation")
    reference.authors = (1...7).map { Author(last: "Author\($0)", initials: "A") }
    reference.doi = "10.1007/s00198-013-2325-6"
    #expect(
        VancouverFormatter.format(reference)
            == "Author1 A, Author2 A, Author3 A, Author4 A, Author5 A, Author6 A, et al. "
            + "Three-year low-dose menaquinone-7 supplementation. J Test. 2020;1(2):10-20. "
            + "doi:10.1007/s00198-013-2325-6. PMID: 23525894.")
    let web = Reference(
        key: ReferenceKey("ods")!, origin: .csl, title: "Vitamin K: Fact Sheet",
        pubDate: PubDate(year: 2024), url: "https://ods.od.nih.gov/", publisher: "NIH ODS")
    #expect(
        VancouverFormatter.format(web)
            == "NIH ODS. Vitamin K: Fact Sheet. 2024. Available from: https://ods.od.nih.gov/")
}

/// A loader leaves unread only abstracts that classifying never reads: every reference the
/// classifier makes a meta-analysis (the one design whose cue is read in the abstract) may have
/// its abstract read; trials, observational studies, opinion and CSL documents of other designs
/// are not asked for theirs.
@Test func onlyAPossibleMetaAnalysisMayHaveItsAbstractRead() throws {
    let classifier = try Evidence.classifier()
    let syntheses = [
        Evidence.pubmed(1, types: ["Meta-Analysis", "Journal Article"]),
        Evidence.pubmed(2, types: ["Review", "Systematic Review"]),
        Evidence.pubmed(3, types: ["Network Meta-Analysis"], mesh: ["Animals"]),
        Evidence.csl("mott2019", design: .metaAnalysis),
    ]
    for reference in syntheses {
        #expect(classifier.classify(reference).design == .metaAnalysis)
        #expect(classifier.mayReadAbstract(of: reference), "\(reference.key)")
    }
    let others = [
        Evidence.rct(4), Evidence.cohort(5), Evidence.mice(6),
        Evidence.pubmed(7, types: ["Journal Article"], mesh: []),
        Evidence.pubmed(8, types: ["Editorial"]),
        Evidence.csl("efsa2010", design: .regulatory),
        Evidence.csl("decision", design: nil, population: nil, type: "legislation"),
    ]
    for reference in others {
        #expect(classifier.classify(reference).design != .metaAnalysis)
        #expect(!classifier.mayReadAbstract(of: reference), "\(reference.key)")
    }
}

/// Designs found by looking a reference's types and headings up agree with the rules read in
/// order: the first rule listing any of them wins, its types before its headings, and the
/// reason names the first of the reference's types (or headings) that rule lists.
@Test func theFirstRuleListingATypeOrHeadingGivesTheDesign() throws {
    let classifier = try Evidence.classifier()
    let notice = classifier.classify(
        Evidence.pubmed(
            1, types: ["Meta-Analysis", "Published Erratum", "Retraction of Publication"]))
    #expect(notice.design == .notice)
    #expect(
        notice.reasoning.contains(
            "Publication type 'Published Erratum': retraction or correction notice."))
    let cohort = classifier.classify(
        Evidence.pubmed(
            2, types: ["Journal Article"],
            mesh: ["Humans", "Prospective Studies", "Cohort Studies"]))
    #expect(cohort.design == .observational)
    #expect(cohort.reasoning.contains("MeSH heading 'Prospective Studies': observational study."))
    let typed = classifier.classify(
        Evidence.pubmed(3, types: ["Twin Study"], mesh: ["Humans", "Cohort Studies"]))
    #expect(typed.reasoning.contains("Publication type 'Twin Study': observational study."))
}
