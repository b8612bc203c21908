import EvidentModel

/// The fields of the record being read, filled as the parser meets them.
struct PubMedRecordBuilder {
    var origin: Reference.Origin = .pubmedArticle
    var line: Int?
    var pmidText: String?
    var version = 1
    var articleTitle: String?
    var bookTitle: String?
    var vernacularTitle: String?
    var abstract: [AbstractSection] = []
    var otherAbstractType: String?
    var otherAbstractLanguage: String?
    var authors: [Author] = []
    /// Authors (not editors) listed on the Book of a book record.
    var bookAuthors: [Author] = []
    var author = Author()
    var journalTitle: String?
    var isoAbbreviation: String?
    var issn: String?
    var volume: String?
    var issue: String?
    var year: Int?
    var month: Int?
    var day: Int?
    var season: String?
    var medlineDate: String?
    var startPage: String?
    var endPage: String?
    var medlinePgn: String?
    var eLocationDOI: String?
    var eLocationPII: String?
    var eLocationOther: String?
    var doi: String?
    var pmc: String?
    var pii: String?
    var publicationTypes: [PublicationType] = []
    var mesh: [MeshHeading] = []
    var heading: MeshHeading?
    var keywords: [String] = []
    var languages: [String] = []
    var commentsCorrections: [CommentsCorrection] = []
    var correction = CommentsCorrection(type: "")

    // Attributes of the field being captured.
    var fieldLabel: String?
    var fieldCategory: String?
    var fieldUI: String?
    var fieldMajor = false
    var fieldKind: String?

    /// Starts a record of the given kind at `line`.
    init(origin: Reference.Origin, line: Int?) {
        self.origin = origin
        self.line = line
    }

    /// Stores one captured field's text.
    mutating func set(_ tag: PubMedTag, parent: PubMedTag, _ text: String) {
        switch tag {
        case .pmid:
            if parent == .commentsCorrections {
                correction.pmid = PMID(text)
            } else if pmidText == nil {
                pmidText = text
            }
        case .articleTitle: if articleTitle == nil { articleTitle = text }
        case .bookTitle: if bookTitle == nil { bookTitle = text }
        case .vernacularTitle: if vernacularTitle == nil { vernacularTitle = text }
        case .abstractText:
            abstract.append(
                AbstractSection(
                    label: fieldLabel, category: fieldCategory, text: text,
                    otherType: parent == .otherAbstract ? otherAbstractType : nil,
                    language: parent == .otherAbstract ? (otherAbstractLanguage ?? "eng") : nil))
        case .lastName: author.last = text
        case .foreName: author.fore = text
        case .initials: author.initials = text
        case .suffix: author.suffix = text
        case .collectiveName: author.collective = text
        case .identifier: if author.orcid == nil { author.orcid = PubMedText.orcid(text) }
        case .affiliation: author.affiliations.append(text)
        case .title: journalTitle = text
        case .isoAbbreviation: isoAbbreviation = text
        case .issn: if issn == nil { issn = text }
        case .volume: volume = text
        case .issue: issue = text
        case .year: year = Int(text)
        case .month: month = PubMedText.month(text)
        case .day: day = Int(text)
        case .season: season = text
        case .medlineDate: medlineDate = text
        case .startPage: startPage = text
        case .endPage: endPage = text
        case .medlinePgn: medlinePgn = text
        case .eLocationID:
            guard !text.isEmpty else { return }
            switch fieldKind {
            case "doi": if eLocationDOI == nil { eLocationDOI = text }
            case "pii": if eLocationPII == nil { eLocationPII = text }
            default: if eLocationOther == nil { eLocationOther = text }
            }
        case .articleId:
            guard !text.isEmpty else { return }
            switch fieldKind {
            case "doi": if doi == nil { doi = text }
            case "pmc": if pmc == nil { pmc = text }
            case "pii": if pii == nil { pii = text }
            default: break
            }
        case .publicationType:
            publicationTypes.append(PublicationType(ui: fieldUI, name: text))
        case .descriptorName:
            heading = MeshHeading(descriptor: text, ui: fieldUI, major: fieldMajor)
        case .qualifierName:
            heading?.qualifiers.append(
                MeshHeading.Qualifier(name: text, ui: fieldUI, major: fieldMajor))
        case .keyword: if !text.isEmpty { keywords.append(text) }
        case .language: if !text.isEmpty { languages.append(text) }
        case .refSource: correction.source = text
        default: break
        }
    }

    /// The title: ArticleTitle; for a whole book (no ArticleTitle) its BookTitle; an empty or
    /// `[Not Available].` title falls back to VernacularTitle.
    private var resolvedTitle: String? {
        var title = articleTitle
        if origin == .pubmedBook, title == nil || title == "" { title = bookTitle }
        if title == nil || title == "" || title == "[Not Available]." || title == "[Not Available]"
        {
            if let vernacularTitle, !vernacularTitle.isEmpty { return vernacularTitle }
            return title == "" ? nil : (title?.hasPrefix("[Not Available]") == true ? nil : title)
        }
        return title
    }

    /// The finished reference, keyed by its PMID. Pages: MedlinePgn, else StartPage-EndPage,
    /// else the e-locator (a pii or other non-DOI ELocationID; a DOI is never a page).
    func reference(pmid: PMID, path: String) -> Reference {
        var pages = medlinePgn
        if pages == nil || pages == "" {
            if let startPage, !startPage.isEmpty {
                if let endPage, !endPage.isEmpty, endPage != startPage {
                    pages = "\(startPage)-\(endPage)"
                } else {
                    pages = startPage
                }
            } else {
                pages = eLocationPII ?? eLocationOther
            }
        }
        var journal: Journal?
        let isChapter = origin == .pubmedBook && articleTitle != nil && articleTitle != ""
        if origin == .pubmedArticle {
            if journalTitle != nil || isoAbbreviation != nil || issn != nil || volume != nil
                || issue != nil
            {
                journal = Journal(
                    title: journalTitle, isoAbbreviation: isoAbbreviation, issn: issn,
                    volume: volume, issue: issue)
            }
        } else if isChapter, bookTitle != nil {
            journal = Journal(title: bookTitle, volume: volume)
        }
        var pubDate: PubDate?
        if year != nil || month != nil || day != nil || season != nil || medlineDate != nil {
            pubDate = PubDate(
                year: year ?? medlineDate.flatMap(PubMedText.firstYear), month: month, day: day,
                season: season, medlineDate: medlineDate)
        }
        return Reference(
            key: ReferenceKey(pmid: pmid), origin: origin, pmid: pmid, version: version,
            title: resolvedTitle, vernacularTitle: vernacularTitle, abstract: abstract,
            authors: authors.isEmpty && !isChapter ? bookAuthors : authors, journal: journal,
            pages: pages == "" ? nil : pages,
            pubDate: pubDate, doi: doi ?? eLocationDOI, pmc: pmc, pii: pii ?? eLocationPII,
            publicationTypes: publicationTypes, mesh: mesh, keywords: keywords,
            languages: languages, commentsCorrections: commentsCorrections,
            location: SourceLocation(path: path, line: line))
    }
}
