import EvidentModel

/// One reference found by a full-text search or suggested for a claim.
public struct IndexSearchHit: Hashable, Sendable, Codable {
    /// The key to cite it by (`pmid:…`, `doi:…` or a local id).
    public var key: String
    /// `import` (from `evident import`) or `kb` (from `Sources-Refs/`).
    public var source: String
    /// PubMed id, when known.
    public var pmid: String?
    /// Title.
    public var title: String?
    /// First author's family name (or group name).
    public var firstAuthor: String?
    /// Journal (ISO abbreviation, else title).
    public var journal: String?
    /// Publication year.
    public var year: Int?
    /// DOI.
    public var doi: String?
    /// The design derived from publication types and MeSH.
    public var design: StudyDesign
    /// MeSH check tag `Humans` (or a declared human population).
    public var humans: Bool
    /// Retracted, by either PubMed signal.
    public var retracted: Bool
    /// Relevance: the negated bm25 score, higher is better (for suggestions, weighted by design).
    public var score: Double
    /// For suggestions: whether the claim already cites this reference.
    public var cited: Bool?

    /// Creates a hit.
    public init(
        key: String, source: String, pmid: String? = nil, title: String? = nil,
        firstAuthor: String? = nil, journal: String? = nil, year: Int? = nil,
        doi: String? = nil, design: StudyDesign, humans: Bool, retracted: Bool, score: Double,
        cited: Bool? = nil
    ) {
        self.key = key
        self.source = source
        self.pmid = pmid
        self.title = title
        self.firstAuthor = firstAuthor
        self.journal = journal
        self.year = year
        self.doi = doi
        self.design = design
        self.humans = humans
        self.retracted = retracted
        self.score = score
        self.cited = cited
    }

    /// JSON keys, snake_case like every JSON Evident writes.
    enum CodingKeys: String, CodingKey {
        case key, source, pmid, title
        case firstAuthor = "first_author"
        case journal, year, doi, design, humans, retracted, score, cited
    }

    /// Encodes every field, absent values as `null` (a stable shape for other tools).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(source, forKey: .source)
        try c.encode(pmid, forKey: .pmid)
        try c.encode(title, forKey: .title)
        try c.encode(firstAuthor, forKey: .firstAuthor)
        try c.encode(journal, forKey: .journal)
        try c.encode(year, forKey: .year)
        try c.encode(doi, forKey: .doi)
        try c.encode(design, forKey: .design)
        try c.encode(humans, forKey: .humans)
        try c.encode(retracted, forKey: .retracted)
        try c.encode(score, forKey: .score)
        try c.encode(cited, forKey: .cited)
    }

    /// The keys this reference can be cited by: its key, `pmid:…` and `doi:…`.
    public var citableKeys: Set<String> {
        var keys: Set<String> = [key]
        if let pmid { keys.insert("pmid:\(pmid)") }
        if let doi { keys.insert("doi:\(doi.lowercased())") }
        return keys
    }
}
