/// How a claim cites a reference: `pmid:22489217`, `doi:10.3402/fnr.v56i0.5505` or a local id
/// (`efsa2009`), as written in a claim file.
public struct ReferenceKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The scheme of a key.
    public enum Scheme: String, Sendable, Codable {
        /// `pmid:` followed by a PMID.
        case pmid
        /// `doi:` followed by a DOI (compared case-insensitively).
        case doi
        /// A local id: lowercase letters, digits, `-` and `_`.
        case local
    }

    /// The scheme.
    public let scheme: Scheme
    /// The value after the scheme prefix (DOIs lowercased).
    public let value: String

    /// Parses `pmid:…`, `doi:…` or a local id; `nil` when malformed.
    public init?(_ text: String) {
        // The form PMID keys are stored in, read from the bytes: `pmid:` and digits that
        // are the PMID as it is written (no leading zero), which is then the value.
        let utf8 = text.utf8
        if utf8.starts(with: Self.pmidPrefix), utf8.count > 5 {
            let digits = utf8.dropFirst(5)
            if digits.first != UInt8(ascii: "0"), PMID.digits(digits) != nil {
                self.init(storedPMID: String(text[digits.startIndex...]))
                return
            }
        }
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("pmid:") {
            guard let pmid = PMID(trimmed.dropFirst(5)) else { return nil }
            self.init(pmid: pmid)
        } else if trimmed.hasPrefix("doi:") {
            let doi = trimmed.dropFirst(4).trimmingWhitespace()
            guard doi.hasPrefix("10."), doi.contains("/"), !doi.contains(where: \.isWhitespace)
            else { return nil }
            self.init(doi: doi)
        } else {
            guard !trimmed.isEmpty, trimmed.count <= 80,
                trimmed.unicodeScalars.allSatisfy({
                    ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
                })
            else { return nil }
            self.init(local: trimmed)
        }
    }

    private static let pmidPrefix: [UInt8] = Array("pmid:".utf8)

    private init(storedPMID digits: String) {
        self.scheme = .pmid
        self.value = digits
    }

    private init(local: String) {
        self.scheme = .local
        self.value = local
    }

    /// The key of a PubMed record.
    public init(pmid: PMID) {
        self.scheme = .pmid
        self.value = pmid.description
    }

    /// The key of a DOI.
    public init(doi: String) {
        self.scheme = .doi
        self.value = doi.lowercased()
    }

    /// The PMID, for `pmid:` keys.
    public var pmid: PMID? { scheme == .pmid ? PMID(value) : nil }

    /// The key as written: `pmid:…`, `doi:…` or the local id.
    public var description: String {
        switch scheme {
        case .pmid: return "pmid:\(value)"
        case .doi: return "doi:\(value)"
        case .local: return value
        }
    }

    /// Orders by written form.
    public static func < (lhs: ReferenceKey, rhs: ReferenceKey) -> Bool {
        lhs.description < rhs.description
    }

    /// Decodes from its written form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let key = ReferenceKey(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid reference key '\(text)'")
        }
        self = key
    }

    /// Encodes as its written form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
