/// Extracts the prose of an HTML document, keeping the original offset of every character.
///
/// Tags are removed (block-level tags end a sentence; a `>` inside a quoted attribute value
/// does not end its tag), `script`, `style`, `noscript`, `template` and comments are skipped
/// whole, and character references are decoded. Text a reader sees outside the body text is
/// checked too, each as a paragraph of its own: the `title` element, `alt` and `title`
/// attributes, and the page description (`<meta name="description" content="…">`, also its
/// Open Graph and Twitter forms).
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
        /// Emits decoded text from `range` of the source (an attribute value) as a paragraph.
        func emitParagraph(_ range: Range<Int>, at offset: Int) {
            emit("\n", at: offset)
            emit("\n", at: offset)
            var position = range.lowerBound
            while position < range.upperBound {
                if source[position] == "&", let (decoded, length) = entity(source, at: position),
                    position + length <= range.upperBound
                {
                    emit(decoded, at: position)
                    position += length
                    continue
                }
                let scalar = source[position]
                emit(
                    scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar, at: position)
                position += 1
            }
            emit("\n", at: range.upperBound)
            emit("\n", at: range.upperBound)
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
                let close = tagEnd(source, from: index + 1)
                let name = tagName(source, from: index + 1)
                let closing = source[index + 1] == "/"
                let tagStart = index
                index = close + 1
                if !closing, skippedElements.contains(name) {
                    index =
                        find(source, "</\(name)", from: index, caseInsensitive: true)
                        .map { tagEnd(source, from: $0 + 1) + 1 } ?? count
                    continue
                }
                if !closing {
                    for range in proseAttributes(source, tag: name, from: tagStart, to: close) {
                        emitParagraph(range, at: tagStart)
                    }
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

    /// The offset of the `>` that ends the tag whose name starts at `start` (the last offset
    /// when the tag never ends). A `>` inside a quoted attribute value does not count: quotes
    /// open a value only right after `=`, as browsers read them.
    static func tagEnd(_ source: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        var afterEquals = false
        while index < source.count {
            let scalar = source[index]
            if scalar == ">" { return index }
            if afterEquals, scalar == "\"" || scalar == "'" {
                guard let end = source[(index + 1)...].firstIndex(of: scalar) else {
                    return source.count - 1
                }
                index = end + 1
                afterEquals = false
                continue
            }
            if scalar == "=" {
                afterEquals = true
            } else if !(scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r") {
                afterEquals = false
            }
            index += 1
        }
        return source.count - 1
    }

    /// The attributes of the tag at `start...end`: lowercased name and the value's range in
    /// the source (without its quotes).
    static func attributes(_ source: [Unicode.Scalar], from start: Int, to end: Int)
        -> [(name: String, value: Range<Int>)]
    {
        var result: [(name: String, value: Range<Int>)] = []
        var index = start + 1
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
                || scalar == "\u{0C}"
        }
        // Skip the tag name.
        while index < end, !isSpace(source[index]), source[index] != "/" { index += 1 }
        while index < end {
            while index < end, isSpace(source[index]) || source[index] == "/" { index += 1 }
            let nameStart = index
            while index < end, !isSpace(source[index]), source[index] != "=",
                source[index] != "/"
            {
                index += 1
            }
            guard index > nameStart else {
                index += 1
                continue
            }
            let name = String(String.UnicodeScalarView(source[nameStart..<index])).lowercased()
            while index < end, isSpace(source[index]) { index += 1 }
            guard index < end, source[index] == "=" else {
                result.append((name, index..<index))
                continue
            }
            index += 1
            while index < end, isSpace(source[index]) { index += 1 }
            guard index < end else { break }
            if source[index] == "\"" || source[index] == "'" {
                let quote = source[index]
                let valueEnd = source[(index + 1)..<end].firstIndex(of: quote) ?? end
                result.append((name, (index + 1)..<valueEnd))
                index = valueEnd + 1
            } else {
                let valueStart = index
                while index < end, !isSpace(source[index]) { index += 1 }
                result.append((name, valueStart..<index))
            }
        }
        return result
    }

    /// The attribute values of a tag that a reader sees as text: `alt` and `title`, and the
    /// `content` of a description `meta` element.
    static func proseAttributes(
        _ source: [Unicode.Scalar], tag: String, from start: Int, to end: Int
    ) -> [Range<Int>] {
        let attributes = attributes(source, from: start, to: end)
        guard !attributes.isEmpty else { return [] }
        if tag == "meta" {
            let describes = attributes.contains { attribute in
                (attribute.name == "name" || attribute.name == "property")
                    && describingMeta.contains(
                        String(String.UnicodeScalarView(source[attribute.value])).lowercased())
            }
            guard describes else { return [] }
            return attributes.filter { $0.name == "content" && !$0.value.isEmpty }.map(\.value)
        }
        return attributes.filter {
            ($0.name == "alt" || $0.name == "title") && !$0.value.isEmpty
        }.map(\.value)
    }

    /// `meta` names (or Open Graph properties) whose `content` describes the page.
    static let describingMeta: Set<String> = [
        "description", "og:description", "twitter:description", "og:title", "twitter:title",
    ]

    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object",
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
