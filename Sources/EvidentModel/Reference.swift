/// A bibliographic record: a PubMed article or book chapter, or a non-PubMed source
/// (regulatory decision, opinion, web page, article without a verified PMID).
public struct Reference: Hashable, Sendable, Codable {
    /// Where the record came from.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// A `PubmedArticle` record.
        case pubmedArticle = "article"
        /// A `PubmedBookArticle` record.
        case pubmedBook = "book"
        /// A CSL-JSON item (non-PubMed source).
        case csl
    }

    /// The key claims cite it by: `pmid:…`, `doi:…` or a local id.
    public var key: ReferenceKey
    /// Where the record came from.
    public var origin: Origin
    /// PubMed identifier, when the record is a PubMed record.
    public var pmid: PMID?
    /// `PMID@Version` (1 unless NLM versioned the record).
    public var version: Int
    /// ArticleTitle or BookTitle (CSL `title`), inline markup kept as text.
    public var title: String?
    /// Title in the original language.
    public var vernacularTitle: String?
    /// Abstract sections in order (OtherAbstract sections follow, with `otherType` set).
    public var abstract: [AbstractSection]
    /// Authors in order.
    public var authors: [Author]
    /// Journal or container.
    public var journal: Journal?
    /// Page range or e-locator as printed (`113-25`, `e0275083`).
    public var pages: String?
    /// Publication date.
    public var pubDate: PubDate?
    /// DOI, lowercase-insensitive as printed.
    public var doi: String?
    /// PubMed Central id (`PMC1234567`).
    public var pmc: String?
    /// Publisher item identifier.
    public var pii: String?
    /// Publication types with their MeSH UIs.
    public var publicationTypes: [PublicationType]
    /// MeSH headings.
    public var mesh: [MeshHeading]
    /// Keywords, all lists merged.
    public var keywords: [String]
    /// Language codes (`eng`, `ger` …).
    public var languages: [String]
    /// CommentsCorrections links (errata, retractions, comments …).
    public var commentsCorrections: [CommentsCorrection]
    /// For non-PubMed sources: CSL type (`legislation`, `report`, `webpage`, `article-journal` …).
    public var cslType: String?
    /// For non-PubMed sources: URL.
    public var url: String?
    /// For non-PubMed sources: publisher or issuing authority.
    public var publisher: String?
    /// Study design stated by the knowledge base (CSL `custom.design`), when not derivable.
    public var declaredDesign: StudyDesign?
    /// Study population stated by the knowledge base (CSL `custom.population`).
    public var declaredPopulation: Population?
    /// Free-text note on the record (CSL `note`).
    public var note: String?
    /// Where the record was read from.
    public var location: SourceLocation?

    /// Creates a reference; every list defaults to empty.
    public init(
        key: ReferenceKey, origin: Origin, pmid: PMID? = nil, version: Int = 1,
        title: String? = nil, vernacularTitle: String? = nil, abstract: [AbstractSection] = [],
        authors: [Author] = [], journal: Journal? = nil, pages: String? = nil,
        pubDate: PubDate? = nil, doi: String? = nil, pmc: String? = nil, pii: String? = nil,
        publicationTypes: [PublicationType] = [], mesh: [MeshHeading] = [],
        keywords: [String] = [], languages: [String] = [],
        commentsCorrections: [CommentsCorrection] = [], cslType: String? = nil,
        url: String? = nil, publisher: String? = nil, declaredDesign: StudyDesign? = nil,
        declaredPopulation: Population? = nil, note: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.key = key
        self.origin = origin
        self.pmid = pmid
        self.version = version
        self.title = title
        self.vernacularTitle = vernacularTitle
        self.abstract = abstract
        self.authors = authors
        self.journal = journal
        self.pages = pages
        self.pubDate = pubDate
        self.doi = doi
        self.pmc = pmc
        self.pii = pii
        self.publicationTypes = publicationTypes
        self.mesh = mesh
        self.keywords = keywords
        self.languages = languages
        self.commentsCorrections = commentsCorrections
        self.cslType = cslType
        self.url = url
        self.publisher = publisher
        self.declaredDesign = declaredDesign
        self.declaredPopulation = declaredPopulation
        self.note = note
        self.location = location
    }
}

/// One section of an abstract.
public struct AbstractSection: Hashable, Sendable, Codable {
    /// `Label` as printed (`BACKGROUND`, `Methods`, or `nil`).
    public var label: String?
    /// `NlmCategory` (`BACKGROUND|OBJECTIVE|METHODS|RESULTS|CONCLUSIONS|UNASSIGNED`).
    public var category: String?
    /// The text, inline markup kept as text.
    public var text: String
    /// For `OtherAbstract` sections: its `Type` (`Publisher`, `plain-language-summary` …).
    public var otherType: String?
    /// For `OtherAbstract` sections: its `Language` (DTD default `eng`).
    public var language: String?

    /// Creates a section.
    public init(
        label: String? = nil, category: String? = nil, text: String, otherType: String? = nil,
        language: String? = nil
    ) {
        self.label = label
        self.category = category
        self.text = text
        self.otherType = otherType
        self.language = language
    }
}

/// An author: a person or a collective.
public struct Author: Hashable, Sendable, Codable {
    /// Family name.
    public var last: String?
    /// Given names (may be initials).
    public var fore: String?
    /// Initials without dots (`AR`).
    public var initials: String?
    /// `Jr`, `2nd` …
    public var suffix: String?
    /// Group author name.
    public var collective: String?
    /// ORCID normalised to `0000-0002-1825-0097`.
    public var orcid: String?
    /// Affiliations in order.
    public var affiliations: [String]
    /// `EqualContrib="Y"`.
    public var equalContrib: Bool
    /// `ValidYN` (DTD default Y).
    public var valid: Bool

    /// Creates an author.
    public init(
        last: String? = nil, fore: String? = nil, initials: String? = nil, suffix: String? = nil,
        collective: String? = nil, orcid: String? = nil, affiliations: [String] = [],
        equalContrib: Bool = false, valid: Bool = true
    ) {
        self.last = last
        self.fore = fore
        self.initials = initials
        self.suffix = suffix
        self.collective = collective
        self.orcid = orcid
        self.affiliations = affiliations
        self.equalContrib = equalContrib
        self.valid = valid
    }
}

/// Journal (or container) facts of a record.
public struct Journal: Hashable, Sendable, Codable {
    /// Full title.
    public var title: String?
    /// ISO abbreviation (`Food Nutr Res`).
    public var isoAbbreviation: String?
    /// ISSN (print or electronic, as given).
    public var issn: String?
    /// Volume as printed (`145 ( Pt 2)`).
    public var volume: String?
    /// Issue as printed (`Suppl 3`).
    public var issue: String?

    /// Creates journal facts.
    public init(
        title: String? = nil, isoAbbreviation: String? = nil, issn: String? = nil,
        volume: String? = nil, issue: String? = nil
    ) {
        self.title = title
        self.isoAbbreviation = isoAbbreviation
        self.issn = issn
        self.volume = volume
        self.issue = issue
    }
}

/// A publication date as PubMed gives it: year/month/day, a season, or free-text MedlineDate.
public struct PubDate: Hashable, Sendable, Codable {
    /// The year (for MedlineDate: its first year).
    public var year: Int?
    /// Month 1–12.
    public var month: Int?
    /// Day of month.
    public var day: Int?
    /// `Spring`, `Jan-Mar` …
    public var season: String?
    /// MedlineDate kept raw (`1998 Dec-1999 Jan`).
    public var medlineDate: String?

    /// Creates a date.
    public init(
        year: Int? = nil, month: Int? = nil, day: Int? = nil, season: String? = nil,
        medlineDate: String? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.season = season
        self.medlineDate = medlineDate
    }
}

/// A PubMed publication type (`Randomized Controlled Trial`, UI `D016449`).
public struct PublicationType: Hashable, Sendable, Codable {
    /// MeSH UI, when given.
    public var ui: String?
    /// Name as NLM writes it.
    public var name: String

    /// Creates a publication type.
    public init(ui: String? = nil, name: String) {
        self.ui = ui
        self.name = name
    }
}

/// A MeSH heading: descriptor with qualifiers.
public struct MeshHeading: Hashable, Sendable, Codable {
    /// A MeSH qualifier (`drug therapy`).
    public struct Qualifier: Hashable, Sendable, Codable {
        /// Name.
        public var name: String
        /// MeSH UI.
        public var ui: String?
        /// `MajorTopicYN` (DTD default N).
        public var major: Bool

        /// Creates a qualifier.
        public init(name: String, ui: String? = nil, major: Bool = false) {
            self.name = name
            self.ui = ui
            self.major = major
        }
    }

    /// Descriptor name (`Humans`, `Vitamin K 2`).
    public var descriptor: String
    /// Descriptor UI.
    public var ui: String?
    /// `MajorTopicYN` on the descriptor (DTD default N).
    public var major: Bool
    /// Qualifiers in order.
    public var qualifiers: [Qualifier]

    /// Creates a heading.
    public init(
        descriptor: String, ui: String? = nil, major: Bool = false, qualifiers: [Qualifier] = []
    ) {
        self.descriptor = descriptor
        self.ui = ui
        self.major = major
        self.qualifiers = qualifiers
    }
}

/// A `CommentsCorrections` link (`RetractionIn` + PMID of the notice …).
public struct CommentsCorrection: Hashable, Sendable, Codable {
    /// `RefType` (`RetractionIn`, `ErratumIn`, `ExpressionOfConcernIn`, `CommentOn` …).
    public var type: String
    /// The linked record's PMID, when given.
    public var pmid: PMID?
    /// `RefSource` citation text.
    public var source: String?

    /// Creates a link.
    public init(type: String, pmid: PMID? = nil, source: String? = nil) {
        self.type = type
        self.pmid = pmid
        self.source = source
    }
}
