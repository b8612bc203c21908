import EvidentModel

/// Formats a reference as a Vancouver-style (ICMJE/NLM) citation:
/// `Knapen MH, Drummen NE. Title. Osteoporos Int. 2013;24(9):2499-507. doi:… PMID: ….`
public enum VancouverFormatter {
    /// Authors listed before `et al.`.
    public static let maximumAuthors = 6

    /// The citation for a reference.
    public static func format(_ reference: Reference) -> String {
        var parts: [String] = []
        let names = reference.authors.compactMap(name)
        if !names.isEmpty {
            var list = names.prefix(maximumAuthors).joined(separator: ", ")
            if names.count > maximumAuthors { list += ", et al" }
            parts.append(terminated(list))
        } else if let publisher = reference.publisher, !publisher.isEmpty {
            parts.append(terminated(publisher))
        }
        if let title = reference.title, !title.isEmpty {
            parts.append(terminated(title))
        }
        let year = reference.pubDate?.year.map(String.init) ?? reference.pubDate?.medlineDate
        if let journal = reference.journal?.isoAbbreviation ?? reference.journal?.title {
            var source = journal + "."
            var detail = year ?? ""
            if let volume = reference.journal?.volume, !volume.isEmpty {
                detail += ";\(volume)"
                if let issue = reference.journal?.issue, !issue.isEmpty { detail += "(\(issue))" }
            }
            if let pages = reference.pages, !pages.isEmpty { detail += ":\(pages)" }
            if !detail.isEmpty { source += " \(detail)." }
            parts.append(source)
        } else {
            if let publisher = reference.publisher, !publisher.isEmpty, !names.isEmpty,
                !names.contains(publisher)
            {
                parts.append(terminated(publisher))
            }
            if let year { parts.append("\(year).") }
            if let url = reference.url, !url.isEmpty { parts.append("Available from: \(url)") }
        }
        if let doi = reference.doi, !doi.isEmpty { parts.append("doi:\(doi).") }
        if let pmid = reference.pmid { parts.append("PMID: \(pmid).") }
        return parts.joined(separator: " ")
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

    private static func terminated(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let last = trimmed.last else { return trimmed }
        return ".?!".contains(last) ? trimmed : trimmed + "."
    }
}
