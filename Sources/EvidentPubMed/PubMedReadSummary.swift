/// What one `PubMedReader.read` call went through: record counts and bytes.
public struct PubMedReadSummary: Hashable, Sendable {
    /// `PubmedArticle` records read.
    public var articles: Int = 0
    /// `PubmedBookArticle` records read.
    public var books: Int = 0
    /// `DeleteCitation` PMIDs read.
    public var deletes: Int = 0
    /// XML bytes parsed (after gunzip for `.gz` input).
    public var xmlBytes: Int = 0
    /// Bytes read from the file as stored (compressed size for `.gz` input).
    public var fileBytes: Int = 0
    /// True when the file was gzip-compressed.
    public var compressed: Bool = false

    /// Creates an empty summary.
    public init() {}

    /// All records: articles, books and deleted PMIDs.
    public var records: Int { articles + books + deletes }

    /// Adds another summary's counts to this one.
    public mutating func add(_ other: PubMedReadSummary) {
        articles += other.articles
        books += other.books
        deletes += other.deletes
        xmlBytes += other.xmlBytes
        fileBytes += other.fileBytes
        compressed = compressed || other.compressed
    }
}
