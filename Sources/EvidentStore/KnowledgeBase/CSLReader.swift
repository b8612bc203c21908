import EvidentModel
import Foundation
import Yams

/// Reads a CSL-JSON file (an array of items, as Zotero and Pandoc write it) into references.
///
/// Standard variables map onto `Reference`; Evident's own facts come from the item's `custom`
/// object: `design`, `population`, `publication-types`, `retracted`, `corrected`.
struct CSLReader {
    /// Reads `data` from `path`; returns the references and the problems found.
    static func read(_ data: Data, path: String) -> ([Reference], [Diagnostic]) {
        var reader = YAMLReader(path: path)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            var (message, offset) = describe(error)
            if offset == nil {
                // Foundation names no position for a lone surrogate or a number too large.
                let number = message.wholeMatch(of: /number (.+) is not representable in Swift/)
                offset = JSONErrorLocator.offset(in: data, number: number.map { String($0.1) })
            }
            var location = SourceLocation(path: path)
            if let offset {
                let before = data.prefix(offset)
                let line = before.filter { $0 == 0x0A }.count + 1
                let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
                let column =
                    String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
                location = SourceLocation(path: path, line: line, column: column)
            }
            reader.report("reference-file-unreadable", "invalid JSON: \(message)", at: location)
            return ([], reader.diagnostics)
        }
        // Yams reads JSON too and keeps line and column; fall back to positionless nodes.
        var root: Node? = nil
        if let text = String(data: data, encoding: .utf8), let node = try? Yams.compose(yaml: text)
        {
            root = node
        }
        guard let root = root ?? node(from: json) else { return ([], reader.diagnostics) }
        guard let items = root.sequence else {
            reader.report(
                "wrong-type", "expected a list of CSL items, found \(YAMLReader.kind(root))",
                at: root)
            return ([], reader.diagnostics)
        }
        var references: [Reference] = []
        for item in items {
            if let reference = readItem(item, &reader) { references.append(reference) }
        }
        return (references, reader.diagnostics)
    }

    private static func readItem(_ item: Node, _ reader: inout YAMLReader) -> Reference? {
        guard let mapping = item.mapping else {
            reader.report(
                "wrong-type", "expected a mapping for CSL item, found \(YAMLReader.kind(item))",
                at: item)
            return nil
        }
        func text(_ key: String) -> String? {
            guard let node = mapping[key] else { return nil }
            if let scalar = node.scalar { return scalar.string }
            reader.report(
                "wrong-type", "expected text for '\(key)', found \(YAMLReader.kind(node))", at: node
            )
            return nil
        }
        guard let idNode = mapping["id"] else {
            reader.report("missing-key", "missing required key 'id' in CSL item", at: item)
            return nil
        }
        guard let id = idNode.scalar?.string, let key = ReferenceKey(id), key.scheme == .local
        else {
            reader.report(
                "malformed-value",
                "invalid CSL item id '\(idNode.scalar?.string ?? "")' "
                    + "(expected a local id of a-z, 0-9, '-' and '_')",
                at: idNode)
            return nil
        }
        var reference = Reference(key: key, origin: .csl, location: reader.location(idNode))
        reference.cslType = text("type")
        reference.title = text("title")
        reference.authors = mapping["author"]?.sequence?.compactMap(author) ?? []
        reference.pubDate = mapping["issued"].flatMap { date($0, key: "issued", &reader) }
        let container = text("container-title")
        let volume = text("volume")
        let issue = text("issue")
        if container != nil || volume != nil || issue != nil {
            reference.journal = Journal(title: container, volume: volume, issue: issue)
        }
        reference.pages = text("page")
        reference.doi = text("DOI")
        reference.url = text("URL")
        reference.publisher = text("publisher") ?? text("authority")
        reference.note = text("note")
        if let node = mapping["PMID"], let pmid = text("PMID") {
            reference.pmid = PMID(pmid)
            if reference.pmid == nil {
                reader.report(
                    "malformed-value",
                    "invalid PMID '\(pmid)' (expected a positive whole number of at most 19 "
                        + "digits)", at: node)
            }
        }
        if let abstract = text("abstract") {
            reference.abstract = [AbstractSection(text: abstract)]
        }
        if let custom = mapping["custom"] {
            readCustom(custom, into: &reference, &reader)
        }
        return reference
    }

    private static func readCustom(
        _ node: Node, into reference: inout Reference, _ reader: inout YAMLReader
    ) {
        guard let custom = node.mapping else {
            reader.report(
                "wrong-type", "expected a mapping for 'custom', found \(YAMLReader.kind(node))",
                at: node)
            return
        }
        if let design = custom["design"] {
            reference.declaredDesign = reader.value(
                StudyDesign.self, design, key: "design", name: "design", excluding: [.unknown])
        }
        if let population = custom["population"] {
            reference.declaredPopulation = reader.value(
                Population.self, population, key: "population", name: "population",
                excluding: [.unknown])
        }
        if let types = custom["publication-types"] {
            reference.publicationTypes = reader.strings(types, key: "publication-types")
                .map { PublicationType(name: $0) }
        }
        if custom["retracted"]?.bool == true,
            !reference.publicationTypes.contains(where: { $0.name == "Retracted Publication" })
        {
            reference.publicationTypes.append(PublicationType(name: "Retracted Publication"))
        }
        if custom["corrected"]?.bool == true {
            reference.commentsCorrections.append(CommentsCorrection(type: "ErratumIn"))
        }
    }

    private static func author(_ node: Node) -> Author? {
        guard let mapping = node.mapping else { return nil }
        if let literal = mapping["literal"]?.scalar?.string {
            return Author(collective: literal)
        }
        let family = mapping["family"]?.scalar?.string
        let given = mapping["given"]?.scalar?.string
        guard family != nil || given != nil else { return nil }
        var author = Author(last: family, fore: given)
        if let given {
            if given.count <= 4, given.allSatisfy({ $0.isUppercase && $0.isLetter }) {
                author.fore = nil
                author.initials = given
            } else {
                author.initials = given.split(whereSeparator: {
                    $0 == " " || $0 == "-" || $0 == "."
                })
                .compactMap { $0.first.map { String($0) } }.joined()
            }
        }
        return author
    }

    /// Years a date may name: whole numbers that stay far from overflow in date arithmetic.
    static let years = -9999...9999

    /// A CSL date (`{"date-parts": [[2001, 5, 17]]}` or `{"literal": "Spring 2001"}`); every
    /// `date-parts` list (a range has two) must name a real day: month 1–12, a day that month
    /// has, a year in ``years``. Anything else is reported at the offending part.
    private static func date(_ node: Node, key: String, _ reader: inout YAMLReader) -> PubDate? {
        guard let mapping = node.mapping else {
            reader.report(
                "wrong-type", "expected a mapping for '\(key)', found \(YAMLReader.kind(node))",
                at: node)
            return nil
        }
        if let partsNode = mapping["date-parts"] {
            let expected = "(expected a list of [year, month, day] lists)"
            guard let ranges = partsNode.sequence, !ranges.isEmpty else {
                reader.report(
                    "wrong-type",
                    "expected a list for '\(key)' date-parts, found "
                        + "\(YAMLReader.kind(partsNode)) \(expected)", at: partsNode)
                return nil
            }
            var dates: [PubDate] = []
            for range in ranges {
                guard let parts = range.sequence, (1...3).contains(parts.count) else {
                    reader.report(
                        "malformed-value",
                        "invalid '\(key)' date-parts \(describe(range)) \(expected)", at: range)
                    return nil
                }
                guard let date = datePart(Array(parts), key: key, &reader) else { return nil }
                dates.append(date)
            }
            return dates.first
        }
        if let literal = mapping["literal"]?.scalar?.string ?? mapping["raw"]?.scalar?.string {
            let year = literal.split(whereSeparator: { !$0.isNumber }).first { $0.count == 4 }
            return PubDate(year: year.flatMap { Int(String($0)) }, medlineDate: literal)
        }
        return nil
    }

    /// One `[year, month, day]` list, checked part by part.
    private static func datePart(_ parts: [Node], key: String, _ reader: inout YAMLReader)
        -> PubDate?
    {
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            let name = ["year", "month", "day"][index]
            guard let text = part.scalar?.string else {
                reader.report(
                    "wrong-type",
                    "expected a whole number for the \(name) in '\(key)', found "
                        + "\(YAMLReader.kind(part))", at: part)
                return nil
            }
            let range: ClosedRange<Int>
            switch index {
            case 0: range = years
            case 1: range = 1...12
            default: range = 1...daysIn(month: numbers[1], year: numbers[0])
            }
            guard let value = Int(text), range.contains(value) else {
                let month =
                    index == 2
                    ? ", the days of \(numbers[0])-\(numbers[1] < 10 ? "0" : "")\(numbers[1])" : ""
                reader.report(
                    "malformed-value",
                    "invalid \(name) '\(text)' in '\(key)' (expected a whole number from "
                        + "\(range.lowerBound) to \(range.upperBound)\(month))", at: part)
                return nil
            }
            numbers.append(value)
        }
        return PubDate(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// Days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A short rendering of a node for messages: its text, or what kind of node it is.
    private static func describe(_ node: Node) -> String {
        if let scalar = node.scalar { return "'\(scalar.string)'" }
        if let sequence = node.sequence {
            return "["
                + sequence.map { $0.scalar?.string ?? YAMLReader.kind($0) }
                .joined(separator: ", ") + "]"
        }
        return YAMLReader.kind(node)
    }

    /// Builds positionless nodes from a JSON value (when Yams cannot read the JSON).
    private static func node(from value: Any) -> Node? {
        switch value {
        case let array as [Any]:
            return Node(array.compactMap(node(from:)))
        case let object as [String: Any]:
            return Node(
                object.keys.sorted().compactMap { key in
                    node(from: object[key] as Any).map { (Node(key), $0) }
                })
        case let string as String:
            return Node(string, Tag(.str), .doubleQuoted)
        case let number as NSNumber:
            return Node(number.stringValue)
        default:
            return nil
        }
    }

    /// The parser's message (lowercase, without its "around character N." tail) and the byte
    /// offset it names.
    private static func describe(_ error: Error) -> (String, Int?) {
        let nsError = error as NSError
        var detail =
            (nsError.userInfo[NSDebugDescriptionErrorKey] as? String)
            ?? nsError.localizedDescription
        var offset = nsError.userInfo["NSJSONSerializationErrorIndex"] as? Int
        if let range = detail.range(of: " around character ") {
            let digits = detail[range.upperBound...].prefix { $0.isNumber }
            offset = offset ?? Int(digits)
            detail = String(detail[..<range.lowerBound])
        }
        if detail.hasSuffix(".") { detail.removeLast() }
        return (detail.prefix(1).lowercased() + detail.dropFirst(), offset)
    }
}
