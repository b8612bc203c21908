import EvidentModel

/// How grading reasons and rationales name citations and list things.
enum Wording {
    /// A citation's short name: first author and year (`Knapen 2013`); a collective author
    /// opening with an acronym by the acronym (`EFSA 2012`); else the publisher; else the
    /// opening words of its title (`“Substance A prevents bone…” 2016`):
    /// a journal is where a work appeared, not who wrote it; else its key. Made once per
    /// citation (a claim's reasons and rationale name each citation several times).
    static func name(_ citation: WeighedCitation) -> String {
        citation.name
    }

    /// ``name(_:)``, computed.
    static func computedName(_ citation: WeighedCitation) -> String {
        guard let reference = citation.reference else { return citation.key.description }
        // Each source is read only when those before it give no name (the collective author or
        // publisher for a work without a person; the title, the dearest, for neither).
        let named: String?
        if let person = reference.authors.first.flatMap(\.last).flatMap(nonEmpty) {
            named = person
        } else if let body = (reference.authors.first?.collective ?? reference.publisher)
            .flatMap(nonEmpty)
        {
            named = shortened(body)
        } else {
            named = reference.title.flatMap(nonEmpty).map(opening)
        }
        switch (named, reference.year) {
        case (let author?, let year?): return "\(author) \(year)"
        case (let author?, nil): return author
        case (nil, let year?): return "\(citation.key.description) (\(year))"
        default: return citation.key.description
        }
    }

    /// Words of a title shown when a work has no author.
    static let titleWords = 4

    /// The first ``titleWords`` words of a title, quoted, `…` when there are more.
    private static func opening(_ title: String) -> String {
        let words = title.split(whereSeparator: \.isWhitespace)
        guard words.count > titleWords else {
            return "“" + words.joined(separator: " ") + "”"
        }
        var shown = words.prefix(titleWords).joined(separator: " ")
        while let last = shown.last, ",;:.".contains(last) { shown.removeLast() }
        return "“" + shown + "…”"
    }

    private static func nonEmpty(_ text: String) -> String? {
        // A text opening with a visible ASCII character is not white space (its first
        // Character starts with that character); others are read Character by Character.
        if let first = text.utf8.first, (0x21...0x7E).contains(first) { return text }
        return text.allSatisfy(\.isWhitespace) ? nil : text
    }

    /// `EFSA Panel on …` → `EFSA`; names not opening with an acronym of three or more capitals
    /// stay whole.
    private static func shortened(_ body: String) -> String {
        guard let first = body.split(separator: " ").first, first.count >= 3,
            first.allSatisfy({ $0.isUppercase && $0.isLetter }), first.count < body.count
        else { return body }
        return String(first)
    }

    /// The names of citations, without repeats, joined with commas.
    static func names(_ citations: [WeighedCitation]) -> String {
        orderedUnique(citations.map(name)).joined(separator: ", ")
    }

    /// At most `limit` names then `and N more`, joined as a list (`A, B and C`).
    static func some(_ citations: [WeighedCitation], limit: Int = 3) -> String {
        let all = orderedUnique(citations.map(name))
        guard all.count > limit else { return list(all) }
        return all.prefix(limit).joined(separator: ", ") + " and \(all.count - limit) more"
    }

    /// The citations by design, each design with its count and names, at most three designs:
    /// `two randomised controlled trials (Ames 2020, Bell 2020) and one observational study
    /// (Cole 2019)`.
    static func described(_ citations: [WeighedCitation]) -> String {
        // The designs in order of first appearance, each with its citations' names (a few
        // designs per claim: searched in place rather than hashed).
        var designs: [StudyDesign] = []
        var names: [[String]] = []
        for citation in citations {
            let design = citation.classification.design
            if let index = designs.firstIndex(of: design) {
                names[index].append(name(citation))
            } else {
                designs.append(design)
                names.append([name(citation)])
            }
        }
        var groups = designs.indices.prefix(3).map { index -> String in
            let design = designs[index]
            let named = names[index]
            let unique = orderedUnique(named)
            let shown = unique.prefix(3).joined(separator: ", ")
            let label = named.count == 1 ? design.label : design.pluralLabel
            let more = unique.count > 3 ? " and \(unique.count - 3) more" : ""
            return "\(number(named.count)) \(label) (\(shown)\(more))"
        }
        if designs.count > 3 {
            let rest = names.dropFirst(3).reduce(0) { $0 + $1.count }
            groups.append("\(number(rest)) more")
        }
        return list(groups)
    }

    /// ``described(_:)`` followed by the verb agreeing with it.
    static func described(_ citations: [WeighedCitation], _ singular: String, _ plural: String)
        -> String
    {
        let count = orderedUnique(citations.map(\.key)).count
        return described(citations) + " " + (count == 1 ? singular : plural)
    }

    /// `one` … `ten`, then digits.
    static func number(_ count: Int) -> String {
        let words = [
            "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ]
        return count < words.count ? words[count] : String(count)
    }

    /// The reference keys of citations, without repeats.
    static func keys(_ citations: [WeighedCitation]) -> [ReferenceKey] {
        orderedUnique(citations.map(\.key))
    }

    /// `A`, `A and B`, `A, B and C`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// `1 study`, `2 studies`.
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }

    /// The items in order, each once. A claim names a handful of citations, so short lists are
    /// searched in place (no set to hash every item into: a tenth of the rationales' time).
    static func orderedUnique<T: Hashable>(_ items: [T]) -> [T] {
        guard items.count > 1 else { return items }
        guard items.count > 16 else {
            var unique: [T] = []
            unique.reserveCapacity(items.count)
            for item in items where !unique.contains(item) { unique.append(item) }
            return unique
        }
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }
}
