/// The PubMed elements the importer acts on; everything else is `other` (skipped, or kept as
/// text inside a mixed-content field).
enum PubMedTag: UInt8 {
    case other = 0
    case pubmedArticleSet, pubmedArticle, pubmedBookArticle, deleteCitation
    case medlineCitation, pubmedData, bookDocument, pubmedBookData
    case pmid, article, book, articleTitle, bookTitle, vernacularTitle
    case abstract, abstractText, otherAbstract
    case authorList, author, lastName, foreName, initials, suffix, collectiveName
    case identifier, affiliationInfo, affiliation
    case journal, title, isoAbbreviation, issn, journalIssue, volume, issue
    case pubDate, year, month, day, season, medlineDate
    case pagination, startPage, endPage, medlinePgn, eLocationID
    case articleIdList, articleId, publicationTypeList, publicationType
    case meshHeadingList, meshHeading, descriptorName, qualifierName
    case keywordList, keyword, language
    case commentsCorrectionsList, commentsCorrections, refSource

    /// Element names as they appear in the XML.
    static let names: [(PubMedTag, String)] = [
        (.pubmedArticleSet, "PubmedArticleSet"), (.pubmedArticle, "PubmedArticle"),
        (.pubmedBookArticle, "PubmedBookArticle"), (.deleteCitation, "DeleteCitation"),
        (.medlineCitation, "MedlineCitation"), (.pubmedData, "PubmedData"),
        (.bookDocument, "BookDocument"), (.pubmedBookData, "PubmedBookData"),
        (.pmid, "PMID"), (.article, "Article"), (.book, "Book"),
        (.articleTitle, "ArticleTitle"), (.bookTitle, "BookTitle"),
        (.vernacularTitle, "VernacularTitle"), (.abstract, "Abstract"),
        (.abstractText, "AbstractText"), (.otherAbstract, "OtherAbstract"),
        (.authorList, "AuthorList"), (.author, "Author"), (.lastName, "LastName"),
        (.foreName, "ForeName"), (.initials, "Initials"), (.suffix, "Suffix"),
        (.collectiveName, "CollectiveName"), (.identifier, "Identifier"),
        (.affiliationInfo, "AffiliationInfo"), (.affiliation, "Affiliation"),
        (.journal, "Journal"), (.title, "Title"), (.isoAbbreviation, "ISOAbbreviation"),
        (.issn, "ISSN"), (.journalIssue, "JournalIssue"), (.volume, "Volume"),
        (.issue, "Issue"), (.pubDate, "PubDate"), (.year, "Year"), (.month, "Month"),
        (.day, "Day"), (.season, "Season"), (.medlineDate, "MedlineDate"),
        (.pagination, "Pagination"), (.startPage, "StartPage"), (.endPage, "EndPage"),
        (.medlinePgn, "MedlinePgn"), (.eLocationID, "ELocationID"),
        (.articleIdList, "ArticleIdList"), (.articleId, "ArticleId"),
        (.publicationTypeList, "PublicationTypeList"), (.publicationType, "PublicationType"),
        (.meshHeadingList, "MeshHeadingList"), (.meshHeading, "MeshHeading"),
        (.descriptorName, "DescriptorName"), (.qualifierName, "QualifierName"),
        (.keywordList, "KeywordList"), (.keyword, "Keyword"), (.language, "Language"),
        (.commentsCorrectionsList, "CommentsCorrectionsList"),
        (.commentsCorrections, "CommentsCorrections"), (.refSource, "RefSource"),
    ]
}

/// The attributes the importer reads.
enum PubMedAttribute: UInt8 {
    case other = 0
    case version, label, nlmCategory, type, language, source, eIdType, validYN
    case equalContrib, idType, ui, majorTopicYN, refType

    /// Attribute names as they appear in the XML.
    static let names: [(PubMedAttribute, String)] = [
        (.version, "Version"), (.label, "Label"), (.nlmCategory, "NlmCategory"),
        (.type, "Type"), (.language, "Language"), (.source, "Source"),
        (.eIdType, "EIdType"), (.validYN, "ValidYN"), (.equalContrib, "EqualContrib"),
        (.idType, "IdType"), (.ui, "UI"), (.majorTopicYN, "MajorTopicYN"),
        (.refType, "RefType"),
    ]
}
