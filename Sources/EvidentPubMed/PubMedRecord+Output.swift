import EvidentModel

extension PubMedRecord {
    /// The record as one JSON object on one line (no line break), keys in the documented
    /// order: `kind`, `pmid`, `version`, `title`, `vernacular_title`, `abstract`, `authors`,
    /// `journal`, `pages`, `pub_date`, `doi`, `pmc`, `publication_types`, `mesh`, `keywords`,
    /// `languages`, `comments_corrections`, `retracted`. Absent values are `null` or `[]`; PMIDs
    /// are strings. `abstract` holds the record's own abstract sections (not OtherAbstract
    /// translations).
    public var jsonLine: String {
        var writer = JSONWriter(layout: .compact, capacity: 4096)
        writeJSON(into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes ``jsonLine`` into `writer` (a ``JSONWriter/Layout/compact`` writer at the top
    /// level), without the line break.
    public func writeJSON(into writer: inout JSONWriter) {
        switch self {
        case .article(let reference): Self.write(reference, kind: "article", into: &writer)
        case .book(let reference): Self.write(reference, kind: "book", into: &writer)
        case .delete(let pmid, let version):
            writer.beginObject()
            writer.key("kind")
            writer.value("delete")
            writer.key("pmid")
            writer.value(pmid.description)
            writer.key("version")
            writer.value(version)
            for name in ["title", "vernacular_title"] {
                writer.key(name)
                writer.null()
            }
            for name in ["abstract", "authors"] {
                writer.key(name)
                writer.value([String]())
            }
            for name in ["journal", "pages", "pub_date", "doi", "pmc"] {
                writer.key(name)
                writer.null()
            }
            for name in [
                "publication_types", "mesh", "keywords", "languages", "comments_corrections",
            ] {
                writer.key(name)
                writer.value([String]())
            }
            writer.key("retracted")
            writer.value(false)
            writer.endObject()
        }
    }

    /// The record as one line of the `table` format: kind, PMID, version, year, flags
    /// (`R` retracted), journal or book, title — tab-separated, tabs and line breaks in values
    /// replaced by spaces.
    public var tableLine: String {
        func clean(_ text: String?) -> String {
            guard let text else { return "-" }
            var result = ""
            result.reserveCapacity(text.utf8.count)
            for character in text {
                result.append(character == "\t" || character.isNewline ? " " : character)
            }
            return result.isEmpty ? "-" : result
        }
        switch self {
        case .article(let reference), .book(let reference):
            let kind = reference.origin == .pubmedBook ? "book" : "article"
            return [
                kind, reference.pmid?.description ?? "-", String(reference.version),
                reference.pubDate?.year.map(String.init) ?? "-",
                reference.isRetracted ? "R" : "-",
                clean(reference.journal?.isoAbbreviation ?? reference.journal?.title),
                clean(reference.title),
            ].joined(separator: "\t")
        case .delete(let pmid, let version):
            return ["delete", pmid.description, String(version), "-", "-", "-", "-"]
                .joined(separator: "\t")
        }
    }

    /// The header line of the `table` format.
    public static let tableHeader = "kind\tpmid\tversion\tyear\tflags\tjournal\ttitle"

    private static func write(_ reference: Reference, kind: String, into json: inout JSONWriter) {
        json.beginObject()
        json.key("kind")
        json.value(kind)
        json.key("pmid")
        json.value(reference.pmid?.description)
        json.key("version")
        json.value(reference.version)
        json.key("title")
        json.value(reference.title)
        json.key("vernacular_title")
        json.value(reference.vernacularTitle)
        json.key("abstract")
        json.beginArray()
        for section in reference.abstract where section.otherType == nil {
            json.beginObject()
            json.key("label")
            json.value(section.label)
            json.key("category")
            json.value(section.category)
            json.key("text")
            json.value(section.text)
            json.endObject()
        }
        json.endArray()
        json.key("authors")
        json.beginArray()
        for author in reference.authors {
            json.beginObject()
            json.key("last")
            json.value(author.last)
            json.key("fore")
            json.value(author.fore)
            json.key("initials")
            json.value(author.initials)
            json.key("suffix")
            json.value(author.suffix)
            json.key("collective")
            json.value(author.collective)
            json.key("orcid")
            json.value(author.orcid)
            json.key("affiliations")
            json.value(author.affiliations)
            json.endObject()
        }
        json.endArray()
        json.key("journal")
        if let journal = reference.journal {
            json.beginObject()
            json.key("title")
            json.value(journal.title)
            json.key("iso_abbreviation")
            json.value(journal.isoAbbreviation)
            json.key("issn")
            json.value(journal.issn)
            json.key("volume")
            json.value(journal.volume)
            json.key("issue")
            json.value(journal.issue)
            json.endObject()
        } else {
            json.null()
        }
        json.key("pages")
        json.value(reference.pages)
        json.key("pub_date")
        if let date = reference.pubDate {
            json.beginObject()
            json.key("year")
            json.value(date.year)
            json.key("month")
            json.value(date.month)
            json.key("day")
            json.value(date.day)
            json.key("season")
            json.value(date.season)
            json.key("medline_date")
            json.value(date.medlineDate)
            json.endObject()
        } else {
            json.null()
        }
        json.key("doi")
        json.value(reference.doi)
        json.key("pmc")
        json.value(reference.pmc)
        json.key("publication_types")
        json.beginArray()
        for type in reference.publicationTypes {
            json.beginObject()
            json.key("ui")
            json.value(type.ui)
            json.key("name")
            json.value(type.name)
            json.endObject()
        }
        json.endArray()
        json.key("mesh")
        json.beginArray()
        for heading in reference.mesh {
            json.beginObject()
            json.key("descriptor")
            json.value(heading.descriptor)
            json.key("ui")
            json.value(heading.ui)
            json.key("major")
            json.value(heading.major)
            json.key("qualifiers")
            json.beginArray()
            for qualifier in heading.qualifiers {
                json.beginObject()
                json.key("name")
                json.value(qualifier.name)
                json.key("ui")
                json.value(qualifier.ui)
                json.key("major")
                json.value(qualifier.major)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("keywords")
        json.value(reference.keywords)
        json.key("languages")
        json.value(reference.languages)
        json.key("comments_corrections")
        json.beginArray()
        for link in reference.commentsCorrections {
            json.beginObject()
            json.key("type")
            json.value(link.type)
            json.key("pmid")
            json.value(link.pmid?.description)
            json.endObject()
        }
        json.endArray()
        json.key("retracted")
        json.value(reference.isRetracted)
        json.endObject()
    }
}
