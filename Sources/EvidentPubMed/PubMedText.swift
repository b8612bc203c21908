/// Text normalisation for PubMed field values: bytes to String, months, years, ORCIDs.
enum PubMedText {
    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// The UTF-8 bytes as a String, trimmed; a white-space run that contains a line break or
    /// tab (pretty-printing inside mixed content, e.g. MathML) becomes one space.
    static func string(_ base: UnsafePointer<UInt8>, count: Int) -> String {
        var start = 0
        var end = count
        while start < end, isSpace(base[start]) { start += 1 }
        while end > start, isSpace(base[end - 1]) { end -= 1 }
        var needsCollapse = false
        var index = start
        while index < end {
            let byte = base[index]
            if byte == 0x0A || byte == 0x09 || byte == 0x0D {
                needsCollapse = true
                break
            }
            index += 1
        }
        if !needsCollapse {
            return String(
                decoding: UnsafeBufferPointer(start: base + start, count: end - start),
                as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        index = start
        while index < end {
            let byte = base[index]
            if isSpace(byte) {
                var runEnd = index
                var breaks = false
                while runEnd < end, isSpace(base[runEnd]) {
                    if base[runEnd] != 0x20 { breaks = true }
                    runEnd += 1
                }
                if breaks {
                    bytes.append(0x20)
                } else {
                    bytes.append(
                        contentsOf: UnsafeBufferPointer(
                            start: base + index,
                            count: runEnd - index))
                }
                index = runEnd
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The String of an attribute value given as a byte range.
    ///
    /// Without entity substitution (never enabled: XXE), libxml2's SAX2 parser hands every `&`
    /// of an attribute value (written `&amp;` or `&#38;`) back as the five bytes `&#38;`; they
    /// are turned back into `&` here.
    static func string(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>) -> String {
        let count = end - start
        var index = 0
        while index < count, start[index] != UInt8(ascii: "&") { index += 1 }
        if index == count { return string(start, count: count) }
        let escaped = Array("&#38;".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        index = 0
        while index < count {
            if start[index] == UInt8(ascii: "&"), index + 5 <= count,
                (0..<5).allSatisfy({ start[index + $0] == escaped[$0] })
            {
                bytes.append(UInt8(ascii: "&"))
                index += 5
            } else {
                bytes.append(start[index])
                index += 1
            }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return "" }
            return string(base, count: buffer.count)
        }
    }

    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// Month 1–12 from `Jan`, `January`, `JAN`, `01` or `1`; `nil` otherwise.
    static func month(_ text: String) -> Int? {
        if let number = Int(text) { return (1...12).contains(number) ? number : nil }
        let lower = text.lowercased()
        guard lower.count >= 3 else { return nil }
        guard let index = monthNames.firstIndex(of: String(lower.prefix(3))) else { return nil }
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ][index]
        guard
            lower.count == 3 || full == lower || (lower.count == 4 && lower.hasSuffix("."))
                || (index == 8 && lower == "sept")
        else { return nil }
        return index + 1
    }

    /// The first four-digit year (1000–2999) in free text such as `1998 Dec-1999 Jan`.
    static func firstYear(_ text: String) -> Int? {
        var digits = 0
        var value = 0
        var previousIsDigit = false
        for byte in text.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isDigit {
                if !previousIsDigit { digits = 0; value = 0 }
                digits += 1
                value = value * 10 + Int(byte - 0x30)
            } else if previousIsDigit, digits == 4, (1000...2999).contains(value) {
                return value
            }
            previousIsDigit = isDigit
        }
        if previousIsDigit, digits == 4, (1000...2999).contains(value) { return value }
        return nil
    }

    /// An ORCID in canonical form `0000-0002-1825-0097` from any of the four spellings
    /// NLM uses (bare with hyphens, `https://orcid.org/…`, `http://orcid.org/…`, 16 digits);
    /// text that does not hold 16 ORCID characters is returned trimmed, as printed.
    static func orcid(_ text: String) -> String {
        var value = Substring(text)
        let marker = Array("orcid.org/".utf8)
        let lower = Array(text.lowercased().utf8)
        if lower.count == text.utf8.count, lower.count >= marker.count {
            for offset in 0...(lower.count - marker.count)
            where lower[offset..<(offset + marker.count)].elementsEqual(marker) {
                let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset + marker.count)
                value = text[index...]
                break
            }
        }
        var characters: [Character] = []
        for character in value where character != "-" && character != " " {
            if character.isASCII, character.isNumber {
                characters.append(character)
            } else if character == "X" || character == "x" {
                characters.append("X")
            } else {
                return text.trimmingWhitespace()
            }
        }
        guard characters.count == 16, !characters.dropLast().contains("X") else {
            return text.trimmingWhitespace()
        }
        var result = ""
        for (index, character) in characters.enumerated() {
            if index > 0, index % 4 == 0 { result.append("-") }
            result.append(character)
        }
        return result
    }
}
