import EvidentModel

/// Formats a reference as a Vancouver-style (ICMJE/NLM) citation:
/// `Knapen MH, Drummen NE. Title. Osteoporos Int. 2013;24(9):2499-507. doi:… PMID: ….`
public enum VancouverFormatter {
    /// Authors listed before `et al.`.
    public static let maximumAuthors = 6

    /// The citation for a reference.
    public static func format(_ reference: Reference) -> String {
        // The parts are written into one string, separated by spaces (no array of parts).
        var citation = Citation()
        let names = reference.authors.compactMap(name)
        if !names.isEmpty {
            var list = names.prefix(maximumAuthors).joined(separator: ", ")
            if names.count > maximumAuthors { list += ", et al" }
            citation.appendTerminated(list)
        } else if let publisher = reference.publisher, !publisher.isEmpty {
            citation.appendTerminated(publisher)
        }
        if let title = reference.title, !title.isEmpty {
            citation.appendTerminated(title)
        }
        let year = reference.pubDate?.year.map(String.init) ?? reference.pubDate?.medlineDate
        if let journal = reference.journal?.isoAbbreviation ?? reference.journal?.title {
            citation.append(journal, ".")
            var detail = year ?? ""
            if let volume = reference.journal?.volume, !volume.isEmpty {
                detail += ";\(volume)"
                if let issue = reference.journal?.issue, !issue.isEmpty { detail += "(\(issue))" }
            }
            if let pages = reference.pages, !pages.isEmpty { detail += ":\(pages)" }
            if !detail.isEmpty { citation.text += " " + detail + "." }
        } else {
            if let publisher = reference.publisher, !publisher.isEmpty, !names.isEmpty,
                !names.contains(publisher)
            {
                citation.appendTerminated(publisher)
            }
            if let year { citation.append(year, ".") }
            if let url = reference.url, !url.isEmpty { citation.append("Available from: ", url) }
        }
        if let doi = reference.doi, !doi.isEmpty { citation.append("doi:", doi, ".") }
        if let pmid = reference.pmid { citation.append("PMID: ", pmid.description, ".") }
        return citation.text
    }

    /// A citation being written: parts separated by one space.
    private struct Citation {
        var text = ""
        private var isEmpty = true

        init() { text.reserveCapacity(192) }

        /// Appends a part made of up to three pieces.
        mutating func append(_ first: String, _ second: String = "", _ third: String = "") {
            if !isEmpty { text += " " }
            isEmpty = false
            text += first
            text += second
            text += third
        }

        /// Appends `part` without white space around it, ending with a full stop unless it
        /// ends with `.`, `?` or `!`.
        mutating func appendTerminated(_ part: String) {
            let trimmed = part.trimmingWhitespace()
            // An ASCII last byte other than `.`, `?` and `!` ends a Character that is none of
            // them (read from the bytes, without forming the Character).
            if let byte = trimmed.utf8.last, byte < 0x80, byte != UInt8(ascii: "."),
                byte != UInt8(ascii: "?"), byte != UInt8(ascii: "!")
            {
                return append(trimmed, ".")
            }
            guard let last = trimmed.last, !".?!".contains(last) else { return append(trimmed) }
            append(trimmed, ".")
        }
    }

    private static func name(_ author: Author) -> String? {
        if let collective = author.collective, !collective.isEmpty { return collective }
        guard let last = author.last, !last.isEmpty else { return nil }
        let initials =
            author.initials
            ?? author.fore.map { fore in
                String(fore.split(separator: " ").compactMap(\.first))
            }
        var name = last
        if let initials, !initials.isEmpty { name += " \(initials)" }
        if let suffix = author.suffix, !suffix.isEmpty { name += " \(suffix)" }
        return name
    }
}
