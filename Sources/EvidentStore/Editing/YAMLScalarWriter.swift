import Yams

/// Writes text values as YAML scalars that read back as exactly that text: plain when that is
/// safe, folded (`>-`, wrapped at the line width) when long, literal (`|-`) for multi-line text,
/// double-quoted otherwise. Every choice but double quotes is checked by parsing it back.
enum YAMLScalarWriter {
    /// The line width long values are wrapped at.
    static let width = 100

    /// `key: value` at `indent` spaces, ending with a line break.
    static func entry(_ key: String, _ value: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let lead = "\(pad)\(key): "
        if !value.contains("\n"), lead.count + value.count <= width {
            return lead + inline(value) + "\n"
        }
        if let folded = folded(value, indent: indent + 2, after: "\(pad)\(key):") {
            return folded
        }
        return lead + quoted(value) + "\n"
    }

    /// `key: |-` and the text as a literal block at `indent + 2` spaces (for a document's text,
    /// where every line break matters), double-quoted when a literal block cannot hold it.
    static func literalEntry(_ key: String, _ value: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let inner = String(repeating: " ", count: indent + 2)
        var trailing = 0
        for scalar in value.unicodeScalars.reversed() {
            guard scalar == "\n" else { break }
            trailing += 1
        }
        let chomping = trailing == 0 ? "-" : trailing == 1 ? "" : "+"
        let body = trailing == 0 ? value : String(value.dropLast(trailing))
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let firstIndented = lines.first { !$0.isEmpty }.map { $0.hasPrefix(" ") } ?? false
        let indicator = firstIndented ? "|2" + chomping : "|" + chomping
        var text = "\(pad)\(key): \(indicator)\n"
        for line in lines {
            text += line.isEmpty ? "\n" : inner + line + "\n"
        }
        text += String(repeating: "\n", count: max(0, trailing - 1))
        if reads(text, key: key, as: value) { return text }
        return "\(pad)\(key): \(quoted(value))\n"
    }

    /// The value as a scalar on one line (a list item, a flow-list entry): plain when safe,
    /// else double-quoted. `inFlow` also quotes what a flow list would misread (`,` `[` …).
    static func inline(_ value: String, inFlow: Bool = false) -> String {
        if let plain = plain(value, inFlow: inFlow) { return plain }
        return quoted(value)
    }

    /// A flow list `[a, b]` of inline scalars.
    static func flowList(_ values: [String]) -> String {
        "[" + values.map { inline($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    /// The value double-quoted with YAML escapes (always reads back exactly).
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F
                    || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                    || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The value as a plain scalar, when it reads back as the same text and is not empty,
    /// null-like or split by a comment.
    private static func plain(_ value: String, inFlow: Bool = false) -> String? {
        guard !value.isEmpty, !["~", "null", "Null", "NULL"].contains(value),
            value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }),
            value.first != " ", value.last != " "
        else { return nil }
        if inFlow, value.contains(where: { ",[]{}#".contains($0) }) { return nil }
        let document = inFlow ? "k: [\(value)]" : "k: \(value)"
        guard let node = try? Yams.compose(yaml: document), let found = node.mapping?["k"]
        else { return nil }
        let scalar = inFlow ? found.sequence?.first?.scalar : found.scalar
        guard let scalar, scalar.style == .plain, scalar.string == value,
            inFlow ? found.sequence?.count == 1 : true
        else { return nil }
        return value
    }

    /// `key: >-` with the value wrapped at single spaces, when folding reads back exactly.
    private static func folded(_ value: String, indent: Int, after head: String) -> String? {
        let scalars = Array(value.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, first != " ", last != " ",
            !scalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var word = String.UnicodeScalarView()
        var index = 0
        // Break only at a single space between two non-spaces: folding turns it back into one.
        func flushWord() {
            if line.isEmpty {
                line = word
            } else if pad.count + line.count + 1 + word.count <= width {
                line.append(" ")
                line.append(contentsOf: word)
            } else {
                lines.append(String(line))
                line = word
            }
            word = String.UnicodeScalarView()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let breakable =
                scalar == " " && index > 0 && scalars[index - 1] != " "
                && index + 1 < scalars.count && scalars[index + 1] != " "
            if breakable {
                flushWord()
            } else {
                word.append(scalar)
            }
            index += 1
        }
        flushWord()
        lines.append(String(line))
        let text = head + " >-\n" + lines.map { pad + $0 + "\n" }.joined()
        let key = head.drop { $0 == " " }.dropLast()
        return reads(text, key: String(key), as: value) ? text : nil
    }

    /// Whether `document` (a one-key mapping) reads back with `key` mapped to `value`.
    private static func reads(_ document: String, key: String, as value: String) -> Bool {
        guard let node = try? Yams.compose(yaml: document),
            let scalar = node.mapping?[key]?.scalar
        else { return false }
        return scalar.string == value
    }
}
