import EvidentModel
import EvidentPubMed

/// A reference with every derived column of its `reference` row computed (design, flags, text
/// for full-text search, fingerprint): the importer prepares these on the parsing thread so
/// that the writing thread only binds and steps statements.
struct IndexPreparedReference: Sendable {
    /// The record.
    var reference: Reference
    /// `pmid:…` for imports, the reference's key otherwise.
    var key: String
    var abstract: String?
    var meshTerms: String?
    var journal: String?
    var doi: String?
    var design: StudyDesign
    var humans: Bool
    var animals: Bool
    var retracted: Bool
    var concern: Bool
    var erratum: Bool
    var firstAuthor: String?
    var fingerprint: Int64

    /// Derives the columns of `reference`.
    init(_ reference: Reference, classify: IndexDesignClassifier.Classify) {
        self.reference = reference
        key = reference.key.description
        abstract = IndexRowWriter.abstractText(reference)
        meshTerms = IndexRowWriter.meshText(reference)
        journal = reference.journal?.isoAbbreviation ?? reference.journal?.title
        doi = reference.doi?.lowercased()
        design = classify(reference)
        var humans = reference.declaredPopulation == .humans
        var animals = reference.declaredPopulation == .animals
        for heading in reference.mesh {
            if heading.descriptor == "Humans" { humans = true }
            if heading.descriptor == "Animals" { animals = true }
        }
        self.humans = humans
        self.animals = animals
        retracted = reference.isRetracted
        concern = reference.hasExpressionOfConcern
        erratum = reference.hasErratum
        firstAuthor = reference.authors.first.flatMap { $0.last ?? $0.collective }
        fingerprint = IndexFingerprint.of(reference)
    }
}

/// A record ready for the writer: a prepared reference or a PMID to delete.
enum IndexPreparedRecord: Sendable {
    /// An article or book, keyed by its PMID.
    case reference(PMID, IndexPreparedReference)
    /// A `DeleteCitation` PMID and the version it deletes.
    case delete(PMID, version: Int)
    /// A record without PMID (counted, not stored).
    case skipped

    /// Prepares a PubMed record (imports are keyed `pmid:…`).
    init(_ record: PubMedRecord, classify: IndexDesignClassifier.Classify) {
        switch record {
        case .article(var reference), .book(var reference):
            guard let pmid = reference.pmid else {
                self = .skipped
                return
            }
            reference.key = ReferenceKey(pmid: pmid)
            self = .reference(pmid, IndexPreparedReference(reference, classify: classify))
        case .delete(let pmid, let version):
            self = .delete(pmid, version: version)
        }
    }
}
