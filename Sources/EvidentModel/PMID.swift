/// A PubMed identifier: a positive decimal integer, as NLM assigns it.
public struct PMID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The numeric value.
    public let value: UInt64

    /// Creates a PMID from its numeric value; `nil` for zero.
    public init?(_ value: UInt64) {
        guard value > 0 else { return nil }
        self.value = value
    }

    /// Parses a PMID from text such as `"22489217"` (surrounding white space allowed).
    public init?(_ text: some StringProtocol) {
        // Digits alone (as PMIDs are stored): read the bytes, without the Character walk.
        let utf8 = text.utf8
        if !utf8.isEmpty, utf8.count <= 19, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let value = utf8.reduce(UInt64(0)) { $0 * 10 + UInt64($1 - 0x30) }
            guard value > 0 else { return nil }
            self.value = value
            return
        }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 19, trimmed.allSatisfy(\.isASCIIDigit),
            let value = UInt64(trimmed), value > 0
        else { return nil }
        self.value = value
    }

    /// The decimal form.
    public var description: String { String(value) }

    /// Orders by numeric value.
    public static func < (lhs: PMID, rhs: PMID) -> Bool { lhs.value < rhs.value }

    /// Decodes from a JSON string or number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(UInt64.self), let pmid = PMID(number) {
            self = pmid
            return
        }
        let text = try container.decode(String.self)
        guard let pmid = PMID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid PMID '\(text)'")
        }
        self = pmid
    }

    /// Encodes as a JSON string (PMIDs are identifiers, not quantities).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    /// True for the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The text without leading and trailing white space and newlines.
    public func trimmingWhitespace() -> String {
        // Text that starts and ends with a visible ASCII character has nothing to trim (such
        // a character neither is white space nor joins a neighbour into one Character).
        if let first = first?.asciiValue, let last = last?.asciiValue,
            (0x21...0x7E).contains(first), (0x21...0x7E).contains(last)
        {
            return String(self)
        }
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[start..<end])
    }
}
