/// Extracts the prose of an HTML document, keeping the original offset of every character.
///
/// Tags are removed (block-level tags end a sentence), `script`, `style`, `noscript`,
/// `template` and comments are skipped whole, and character references are decoded.
enum HTMLExtractor {
    /// The extracted prose and, for each of its scalars, the offset in the original.
    static func extract(_ source: [Unicode.Scalar]) -> (plain: [Unicode.Scalar], origin: [Int]) {
        var plain: [Unicode.Scalar] = []
        var origin: [Int] = []
        plain.reserveCapacity(source.count)
        origin.reserveCapacity(source.count)
        var index = 0
        let count = source.count
        func emit(_ scalar: Unicode.Scalar, at offset: Int) {
            plain.append(scalar)
            origin.append(offset)
        }
        while index < count {
            let scalar = source[index]
            if scalar == "<" {
                if hasPrefix(source, at: index, "<!--") {
                    index = find(source, "-->", from: index + 4).map { $0 + 3 } ?? count
                    continue
                }
                guard index + 1 < count,
                    source[index + 1].properties.isAlphabetic || source[index + 1] == "/"
                        || source[index + 1] == "!" || source[index + 1] == "?"
                else {
                    emit(scalar, at: index)
                    index += 1
                    continue
                }
                let close = find(source, ">", from: index + 1) ?? count - 1
                let name = tagName(source, from: index + 1)
                let closing = source[index + 1] == "/"
                index = close + 1
                if !closing, skippedElements.contains(name) {
                    index =
                        find(source, "</\(name)", from: index, caseInsensitive: true)
                        .map { find(source, ">", from: $0).map { $0 + 1 } ?? count } ?? count
                    continue
                }
                if name == "br" {
                    emit("\n", at: close)
                } else if blockElements.contains(name) {
                    emit("\n", at: close)
                    emit("\n", at: close)
                }
                continue
            }
            if scalar == "&", let (decoded, length) = entity(source, at: index) {
                emit(decoded, at: index)
                index += length
                continue
            }
            emit(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar, at: index)
            index += 1
        }
        return (plain, origin)
    }

    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object",
    ]

    static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "section", "article", "header", "footer", "blockquote", "title", "dt", "dd",
        "dl", "nav", "aside", "main", "figure", "figcaption", "hr", "pre", "body", "html",
        "form", "label", "button", "option", "summary", "details", "caption",
    ]

    static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "hellip": "\u{2026}", "micro": "\u{00B5}",
        "deg": "\u{00B0}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}",
        "eacute": "\u{00E9}", "egrave": "\u{00E8}", "uuml": "\u{00FC}", "ouml": "\u{00F6}",
        "auml": "\u{00E4}", "szlig": "\u{00DF}", "middot": "\u{00B7}", "bull": "\u{2022}",
        "times": "\u{00D7}", "plusmn": "\u{00B1}", "shy": "\u{00AD}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "frac12": "\u{00BD}", "sup2": "\u{00B2}", "mu": "\u{03BC}",
    ]

    /// Decodes a character reference at `index`: the scalar and the reference's length.
    static func entity(_ source: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        var end = index + 1
        while end < source.count, end - index <= 12, source[end] != ";" {
            guard
                source[end].properties.isAlphabetic || ("0"..."9").contains(source[end])
                    || source[end] == "#"
            else { return nil }
            end += 1
        }
        guard end < source.count, source[end] == ";", end > index + 1 else { return nil }
        let body = String(String.UnicodeScalarView(source[(index + 1)..<end]))
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, end - index + 1)
        }
        guard let scalar = namedEntities[body.lowercased()] else { return nil }
        return (scalar, end - index + 1)
    }

    static func tagName(_ source: [Unicode.Scalar], from start: Int) -> String {
        var index = start
        if index < source.count, source[index] == "/" { index += 1 }
        var name = String.UnicodeScalarView()
        while index < source.count,
            source[index].properties.isAlphabetic || ("0"..."9").contains(source[index])
        {
            name.append(source[index])
            index += 1
        }
        return String(name).lowercased()
    }

    static func hasPrefix(_ source: [Unicode.Scalar], at index: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard index + p.count <= source.count else { return false }
        return Array(source[index..<(index + p.count)]) == p
    }

    static func find(
        _ source: [Unicode.Scalar], _ needle: String, from start: Int, caseInsensitive: Bool = false
    ) -> Int? {
        let n = Array((caseInsensitive ? needle.lowercased() : needle).unicodeScalars)
        guard !n.isEmpty, start < source.count else { return nil }
        var index = start
        while index + n.count <= source.count {
            var matched = true
            for k in 0..<n.count {
                var c = source[index + k]
                if caseInsensitive, ("A"..."Z").contains(c) {
                    c = Unicode.Scalar(c.value + 32) ?? c
                }
                if c != n[k] {
                    matched = false
                    break
                }
            }
            if matched { return index }
            index += 1
        }
        return nil
    }
}
