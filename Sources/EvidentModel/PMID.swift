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
        if let digits = Self.digits(text.utf8) {
            guard digits > 0 else { return nil }
            self.value = digits
            return
        }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 19, trimmed.allSatisfy(\.isASCIIDigit),
            let value = UInt64(trimmed), value > 0
        else { return nil }
        self.value = value
    }

    /// Parses a PMID from a `String`, as the generic initializer does (not generic: the common
    /// case, a PMID as stored, is read without the protocol's indirection).
    public init?(_ text: String) {
        guard let digits = Self.digits(text.utf8) else {
            self.init(text[...])
            return
        }
        self.init(digits)
    }

    /// The value of 1 to 19 ASCII digits and nothing else (the form PMIDs are stored in),
    /// read from the bytes; `nil` for anything else (which the callers then read as text).
    @inline(__always)
    static func digits<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        var value: UInt64 = 0
        var count = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39, count < 19 else { return nil }
            value = value * 10 + UInt64(byte - 0x30)
            count += 1
        }
        return count == 0 ? nil : value
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
        // a character neither is white space nor joins a neighbour into one Character), read
        // from its bytes (no Character is formed).
        let visible: ClosedRange<UInt8> = 0x21...0x7E
        let visibleEnds =
            utf8.withContiguousStorageIfAvailable { bytes in
                guard let first = bytes.first, let last = bytes.last else { return false }
                return visible.contains(first) && visible.contains(last)
            }
            ?? {
                guard let first = first?.asciiValue, let last = last?.asciiValue else {
                    return false
                }
                return visible.contains(first) && visible.contains(last)
            }()
        if visibleEnds { return String(self) }
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[start..<end])
    }
}
