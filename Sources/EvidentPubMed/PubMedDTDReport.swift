/// Why a PubMed XML file is not valid against the PubMed DTD, in words a reader can act on:
/// the required parts it lacks (elements and attributes, each with the element it belongs in)
/// and any other validity error as libxml2 words it.
public struct PubMedDTDReport: Hashable, Sendable {
    /// Required parts the file lacks, sorted: `MedlineJournalInfo in MedlineCitation`,
    /// `attribute Version of PMID`, `ArticleTitle in Article` …
    public var missing: [String]
    /// Other validity errors, as libxml2 words them (unknown elements, bad values …).
    public var other: [String]
    /// The line of the first error, when known.
    public var line: Int?

    /// Creates a report.
    public init(missing: [String], other: [String], line: Int?) {
        self.missing = missing
        self.other = other
        self.line = line
    }

    /// Reads libxml2's validity messages (and their lines).
    init(messages: [String], lines: [Int?]) {
        var missing: Set<String> = []
        var other: [String] = []
        for message in messages {
            if let parts = Self.missingParts(message) {
                if parts.isEmpty {
                    other.append(message)
                } else {
                    missing.formUnion(parts)
                }
            } else if !other.contains(message) {
                other.append(message)
            }
        }
        self.init(
            missing: missing.sorted(), other: other, line: lines.compactMap { $0 }.first)
    }

    /// One line: `missing A, B and C` and/or the other errors, `; `-separated.
    public var summary: String {
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing " + Self.list(missing)) }
        parts += other.prefix(3)
        if other.count > 3 { parts.append("\(other.count - 3) more errors") }
        return parts.joined(separator: "; ")
    }

    /// The parts a validity message says are missing: `[]` when it is about content that
    /// lacks nothing required (order, an extra element), `nil` when it is another kind of
    /// message.
    static func missingParts(_ message: String) -> [String]? {
        // Element PMID does not carry attribute Version
        if let range = message.range(of: " does not carry attribute "),
            message.hasPrefix("Element ")
        {
            let element = message[message.index(message.startIndex, offsetBy: 8)..<range.lowerBound]
            let attribute = message[range.upperBound...]
            return ["attribute \(attribute) of \(element)"]
        }
        // Element Article content does not follow the DTD, expecting (A , B? , …), got (A C )
        guard message.hasPrefix("Element "),
            let follow = message.range(of: " content does not follow the DTD, expecting "),
            let got = message.range(of: ", got (", range: follow.upperBound..<message.endIndex)
        else { return nil }
        let element = message[message.index(message.startIndex, offsetBy: 8)..<follow.lowerBound]
        let model = String(message[follow.upperBound..<got.lowerBound])
        let present = Set(
            message[got.upperBound...].split(whereSeparator: { $0 == " " || $0 == ")" })
                .map(String.init))
        return requiredItems(model).compactMap { names in
            guard names.allSatisfy({ !present.contains($0) }) else { return nil }
            return names.joined(separator: " or ") + " in \(element)"
        }
    }

    /// The required items of a sequence content model `(A , B? , (C | D) , E+)`: for each,
    /// the element names that satisfy it (`[["A"], ["C", "D"], ["E"]]`).
    static func requiredItems(_ model: String) -> [[String]] {
        var text = Substring(model.trimmingWhitespace())
        guard text.hasPrefix("("), text.hasSuffix(")") else { return [] }
        text = text.dropFirst().dropLast()
        var items: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0:
                items.append(text[start..<index])
                start = text.index(after: index)
            case "|" where depth == 0:
                return []  // a choice at the top: nothing in particular is required
            default: break
            }
        }
        items.append(text[start...])
        return items.compactMap { item in
            let trimmed = item.trimmingWhitespace()
            guard let last = trimmed.last, last != "?", last != "*" else { return nil }
            var names: [String] = []
            for name in trimmed.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            where name != "PCDATA" && !names.contains(String(name)) {
                names.append(String(name))
            }
            return names.isEmpty ? nil : names
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
