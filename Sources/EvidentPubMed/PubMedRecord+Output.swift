import EvidentModel

extension PubMedRecord {
    /// The record as one JSON object on one line, keys in the documented order: `kind`, `pmid`,
    /// `version`, `title`, `vernacular_title`, `abstract`, `authors`, `journal`, `pages`,
    /// `pub_date`, `doi`, `pmc`, `publication_types`, `mesh`, `keywords`, `languages`,
    /// `comments_corrections`, `retracted`. Absent values are `null` or `[]`; PMIDs are strings.
    /// `abstract` holds the record's own abstract sections (not OtherAbstract translations).
    public var jsonLine: String {
        var json = JSONLineWriter()
        switch self {
        case .article(let reference): json.reference(reference, kind: "article")
        case .book(let reference): json.reference(reference, kind: "book")
        case .delete(let pmid): json.deletion(pmid)
        }
        return json.output
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
        case .delete(let pmid):
            return ["delete", pmid.description, "-", "-", "-", "-", "-"].joined(separator: "\t")
        }
    }

    /// The header line of the `table` format.
    public static let tableHeader = "kind\tpmid\tversion\tyear\tflags\tjournal\ttitle"
}

/// Writes JSON text by hand, in a fixed key order, without building an object tree.
struct JSONLineWriter {
    private(set) var output = ""

    init() { output.reserveCapacity(2048) }

    mutating func deletion(_ pmid: PMID) {
        output += "{\"kind\":\"delete\",\"pmid\":"
        string(pmid.description)
        output += ",\"version\":null,\"title\":null,\"vernacular_title\":null,\"abstract\":[],"
        output += "\"authors\":[],\"journal\":null,\"pages\":null,\"pub_date\":null,\"doi\":null,"
        output += "\"pmc\":null,\"publication_types\":[],\"mesh\":[],\"keywords\":[],"
        output += "\"languages\":[],\"comments_corrections\":[],\"retracted\":false}"
    }

    mutating func reference(_ reference: Reference, kind: String) {
        output += "{\"kind\":"
        string(kind)
        key("pmid")
        string(reference.pmid?.description)
        key("version")
        output += String(reference.version)
        key("title")
        string(reference.title)
        key("vernacular_title")
        string(reference.vernacularTitle)
        key("abstract")
        list(reference.abstract.filter { $0.otherType == nil }) { json, section in
            json.output += "{\"label\":"
            json.string(section.label)
            json.key("category")
            json.string(section.category)
            json.key("text")
            json.string(section.text)
            json.output += "}"
        }
        key("authors")
        list(reference.authors) { json, author in
            json.output += "{\"last\":"
            json.string(author.last)
            json.key("fore")
            json.string(author.fore)
            json.key("initials")
            json.string(author.initials)
            json.key("suffix")
            json.string(author.suffix)
            json.key("collective")
            json.string(author.collective)
            json.key("orcid")
            json.string(author.orcid)
            json.key("affiliations")
            json.list(author.affiliations) { json, text in json.string(text) }
            json.output += "}"
        }
        key("journal")
        if let journal = reference.journal {
            output += "{\"title\":"
            string(journal.title)
            key("iso_abbreviation")
            string(journal.isoAbbreviation)
            key("issn")
            string(journal.issn)
            key("volume")
            string(journal.volume)
            key("issue")
            string(journal.issue)
            output += "}"
        } else {
            output += "null"
        }
        key("pages")
        string(reference.pages)
        key("pub_date")
        if let date = reference.pubDate {
            output += "{\"year\":"
            number(date.year)
            key("month")
            number(date.month)
            key("day")
            number(date.day)
            key("season")
            string(date.season)
            key("medline_date")
            string(date.medlineDate)
            output += "}"
        } else {
            output += "null"
        }
        key("doi")
        string(reference.doi)
        key("pmc")
        string(reference.pmc)
        key("publication_types")
        list(reference.publicationTypes) { json, type in
            json.output += "{\"ui\":"
            json.string(type.ui)
            json.key("name")
            json.string(type.name)
            json.output += "}"
        }
        key("mesh")
        list(reference.mesh) { json, heading in
            json.output += "{\"descriptor\":"
            json.string(heading.descriptor)
            json.key("ui")
            json.string(heading.ui)
            json.key("major")
            json.output += heading.major ? "true" : "false"
            json.key("qualifiers")
            json.list(heading.qualifiers) { json, qualifier in
                json.output += "{\"name\":"
                json.string(qualifier.name)
                json.key("ui")
                json.string(qualifier.ui)
                json.key("major")
                json.output += qualifier.major ? "true" : "false"
                json.output += "}"
            }
            json.output += "}"
        }
        key("keywords")
        list(reference.keywords) { json, text in json.string(text) }
        key("languages")
        list(reference.languages) { json, text in json.string(text) }
        key("comments_corrections")
        list(reference.commentsCorrections) { json, link in
            json.output += "{\"type\":"
            json.string(link.type)
            json.key("pmid")
            json.string(link.pmid?.description)
            json.output += "}"
        }
        key("retracted")
        output += reference.isRetracted ? "true" : "false"
        output += "}"
    }

    private mutating func key(_ name: String) {
        output += ",\""
        output += name
        output += "\":"
    }

    private mutating func number(_ value: Int?) {
        if let value { output += String(value) } else { output += "null" }
    }

    private mutating func list<Element>(
        _ elements: [Element], _ write: (inout JSONLineWriter, Element) -> Void
    ) {
        output += "["
        for (index, element) in elements.enumerated() {
            if index > 0 { output += "," }
            write(&self, element)
        }
        output += "]"
    }

    /// A JSON string literal (or `null`), escaping quotes, backslashes and control characters.
    mutating func string(_ value: String?) {
        guard let value else {
            output += "null"
            return
        }
        output += "\""
        var plainStart = value.unicodeScalars.startIndex
        var index = plainStart
        let scalars = value.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{2028}": escape = "\\u2028"
            case "\u{2029}": escape = "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                output += escape
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        output += "\""
    }
}
