import EvidentGrading
import EvidentModel
import EvidentTestSupport

/// Builders for small synthetic evidence sets.
enum Evidence {
    /// A classifier with the bundled default policy.
    static func classifier() throws -> ReferenceClassifier {
        ReferenceClassifier(policy: try Policy.bundled())
    }

    /// A PubMed reference.
    static func pubmed(
        _ pmid: UInt64, types: [String], mesh: [String] = ["Humans"], title: String = "A study",
        author: String = "Smith", year: Int = 2020, links: [CommentsCorrection] = []
    ) -> Reference {
        Reference(
            key: ReferenceKey(pmid: PMID.literal(pmid)), origin: .pubmedArticle, pmid: PMID(pmid),
            title: title, authors: [Author(last: author, initials: "J")],
            journal: Journal(title: "Journal", isoAbbreviation: "J Test", volume: "1", issue: "2"),
            pages: "10-20", pubDate: PubDate(year: year),
            publicationTypes: types.map { PublicationType(name: $0) },
            mesh: mesh.map { MeshHeading(descriptor: $0) }, commentsCorrections: links)
    }

    /// An RCT in humans.
    static func rct(_ pmid: UInt64, title: String = "A randomised trial") -> Reference {
        pubmed(pmid, types: ["Randomized Controlled Trial", "Journal Article"], title: title)
    }

    /// An observational study in humans.
    static func cohort(_ pmid: UInt64) -> Reference {
        pubmed(pmid, types: ["Observational Study", "Journal Article"], title: "A cohort")
    }

    /// An animal experiment.
    static func mice(_ pmid: UInt64) -> Reference {
        pubmed(pmid, types: ["Journal Article"], mesh: ["Animals", "Mice"], title: "In mice")
    }

    /// A CSL reference with a declared design and population.
    static func csl(
        _ id: String, design: StudyDesign?, population: Population? = .humans,
        type: String = "document", title: String = "A document"
    ) -> Reference {
        Reference(
            key: ReferenceKey.literal(id), origin: .csl, title: title, cslType: type,
            publisher: "Agency", declaredDesign: design, declaredPopulation: population)
    }

    /// A claim citing references, and the reference table it needs.
    static func claim(
        category: ClaimCategory = .efficacy, outcome: Outcome? = nil,
        subjects: [String] = ["vitamin K2"], review: Review? = nil,
        _ citations: [(Reference, Stance, Appraisal?)]
    ) -> (Claim, [ReferenceKey: Reference]) {
        let claim = Claim(
            id: ClaimID.literal("test-claim"), document: "doc", quote: "quote",
            statement: "statement",
            category: category, subjects: subjects, outcome: outcome,
            citations: citations.map {
                Citation(reference: $0.0.key, stance: $0.1, appraisal: $0.2)
            }, reviews: review.map { [$0] } ?? [])
        var table: [ReferenceKey: Reference] = [:]
        for (reference, _, _) in citations { table[reference.key] = reference }
        return (claim, table)
    }
}

extension Array where Element == GradingStep {
    /// The (domain, change) pairs, for compact expectations.
    var summary: [String] { map { "\($0.domain.rawValue) \($0.change)" } }
}
